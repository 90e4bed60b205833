//! The `data_visualization` block and its charts (spec §4.19).
//!
//! The chart objects come from Slack's reference page; the limits of data series, data points
//! and axis configuration were seen only in a third-party crate and are *doubtful*.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Number;

use crate::serde_util::Extra;
use crate::{Str, tag};

/// A chart with a title (`"type": "data_visualization"`, spec §4.19; new in 2026).
///
/// ```
/// use blockkit::{ChartSegment, DataVisualizationBlock, PieChart};
///
/// let chart = PieChart::new()
///     .segment(ChartSegment::new("Kit Kat", 45))
///     .segment(("Twix", 28));
/// let block = DataVisualizationBlock::new("My favorite candy bars", chart);
/// assert_eq!(
///     serde_json::to_string(&block).unwrap(),
///     concat!(
///         r#"{"type":"data_visualization","title":"My favorite candy bars","chart":{"type":"pie","#,
///         r#""segments":[{"label":"Kit Kat","value":45},{"label":"Twix","value":28}]}}"#,
///     )
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct DataVisualizationBlock {
    #[serde(rename = "type")]
    kind: tag::DataVisualization,
    /// Identifies the block: at most 255 characters, unique within the message or view. Slack
    /// generates one when absent.
    pub block_id: Option<Str>,
    /// The chart's title: a plain string, at most 50 characters.
    pub title: Str,
    /// The chart: pie, bar, area or line.
    pub chart: Chart,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl DataVisualizationBlock {
    /// A block showing `chart` under `title` (at most 50 characters).
    pub fn new(title: impl Into<Str>, chart: impl Into<Chart>) -> Self {
        Self {
            kind: tag::DataVisualization,
            block_id: None,
            title: title.into(),
            chart: chart.into(),
            extra: Extra::new(),
        }
    }
}

setters!(DataVisualizationBlock {
    /// Identifies the block: at most 255 characters, unique within the message or view.
    block_id: into Str,
});

tagged_enum! {
    /// The chart of a [`DataVisualizationBlock`], chosen by its `"type"`.
    ///
    /// ```
    /// use blockkit::{Chart, PieChart};
    ///
    /// let chart: Chart = PieChart::new().segment(("Done", 3)).into();
    /// assert_eq!(chart.type_name(), "pie");
    /// ```
    Chart expecting "a chart (`pie`, `bar`, `area` or `line`)" {
        /// `pie`: shares of a whole.
        Pie(PieChart) = Pie,
        /// `bar`: bars, several series grouped by label.
        Bar(BarChart) = Bar,
        /// `area`: filled areas, the first series at the back.
        Area(AreaChart) = Area,
        /// `line`: lines.
        Line(LineChart) = Line,
    }
}

/// A pie chart (`"type": "pie"`): 1 to 6 segments, each shown as its share of the sum.
///
/// ```
/// use blockkit::{ChartSegment, PieChart};
///
/// let pie = PieChart::new().segments([("Open", 5), ("Closed", 12)]);
/// assert_eq!(
///     serde_json::to_string(&pie).unwrap(),
///     r#"{"type":"pie","segments":[{"label":"Open","value":5},{"label":"Closed","value":12}]}"#
/// );
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct PieChart {
    #[serde(rename = "type")]
    kind: tag::Pie,
    /// The segments: 1 to 6.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub segments: Vec<ChartSegment>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl PieChart {
    /// An empty pie chart; add 1 to 6 segments.
    pub fn new() -> Self {
        Self::default()
    }
}

setters!(PieChart {
    /// A segment: a pie chart has 1 to 6. A `(label, value)` pair converts into one.
    segments: vec segment ChartSegment,
});

/// One slice of a [`PieChart`].
///
/// `(label, value)` pairs convert into it. For a fractional value, build the number with
/// [`serde_json::Number::from_f64`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct ChartSegment {
    /// The segment's label: at most 20 characters.
    pub label: Str,
    /// The segment's value: greater than 0.
    pub value: Number,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl ChartSegment {
    /// A segment with its label (at most 20 characters) and value (greater than 0).
    pub fn new(label: impl Into<Str>, value: impl Into<Number>) -> Self {
        Self {
            label: label.into(),
            value: value.into(),
            extra: Extra::new(),
        }
    }
}

impl<L: Into<Str>, V: Into<Number>> From<(L, V)> for ChartSegment {
    fn from((label, value): (L, V)) -> Self {
        Self::new(label, value)
    }
}

/// Declares a chart made of data series over categories: bar, area and line charts share this
/// shape and differ only in their `type`.
macro_rules! series_chart {
    ($(#[$meta:meta])* $name:ident = $tag:ident;) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
        #[non_exhaustive]
        pub struct $name {
            #[serde(rename = "type")]
            kind: tag::$tag,
            /// The data series: 1 to 6, their names unique within the chart.
            #[serde(default, skip_serializing_if = "Vec::is_empty")]
            pub series: Vec<DataSeries>,
            /// The categories and axis labels.
            pub axis_config: AxisConfig,
            /// Fields this version does not model, kept as parsed.
            #[serde(flatten)]
            pub extra: Extra,
        }

        impl $name {
            /// A chart over the categories of `axis_config`; add 1 to 6 series.
            pub fn new(axis_config: AxisConfig) -> Self {
                Self {
                    kind: tag::$tag,
                    series: Vec::new(),
                    axis_config,
                    extra: Extra::new(),
                }
            }
        }

        setters!($name {
            /// A data series: a chart has 1 to 6.
            series: vec data_series DataSeries,
        });
    };
}

series_chart! {
    /// A bar chart (`"type": "bar"`); several series are grouped by label.
    ///
    /// ```
    /// use blockkit::{AxisConfig, BarChart, DataSeries};
    ///
    /// let bar = BarChart::new(AxisConfig::new(["Pumpkin", "Blueberry"]).y_label("Tastiness"))
    ///     .data_series(DataSeries::new("Pies").data([("Pumpkin", 70), ("Blueberry", 90)]));
    /// assert_eq!(
    ///     serde_json::to_string(&bar).unwrap(),
    ///     concat!(
    ///         r#"{"type":"bar","series":[{"name":"Pies","data":[{"label":"Pumpkin","value":70},"#,
    ///         r#"{"label":"Blueberry","value":90}]}],"#,
    ///         r#""axis_config":{"categories":["Pumpkin","Blueberry"],"y_label":"Tastiness"}}"#,
    ///     )
    /// );
    /// ```
    BarChart = Bar;
}

series_chart! {
    /// An area chart (`"type": "area"`); series are drawn in order, the first at the back.
    ///
    /// ```
    /// use blockkit::{AreaChart, AxisConfig, DataSeries};
    ///
    /// let area = AreaChart::new(AxisConfig::new(["Mon", "Tue"]).x_label("Day"))
    ///     .data_series(DataSeries::new("Free tier").point(("Mon", 12_000)).point(("Tue", 13_500)));
    /// let json = serde_json::to_value(&area).unwrap();
    /// assert_eq!(json["type"], "area");
    /// assert_eq!(json["series"][0]["data"][1]["value"], 13_500);
    /// assert_eq!(json["axis_config"]["x_label"], "Day");
    /// ```
    AreaChart = Area;
}

series_chart! {
    /// A line chart (`"type": "line"`).
    ///
    /// ```
    /// use blockkit::{AxisConfig, DataSeries, LineChart};
    ///
    /// let line = LineChart::new(AxisConfig::new(["Week 1", "Week 2"]))
    ///     .data_series(DataSeries::new("Website").data([("Week 1", 32_000), ("Week 2", 35_000)]))
    ///     .data_series(DataSeries::new("In-store").data([("Week 1", 28_000), ("Week 2", 31_000)]));
    /// let json = serde_json::to_value(&line).unwrap();
    /// assert_eq!(json["type"], "line");
    /// assert_eq!(json["series"][1]["name"], "In-store");
    /// ```
    LineChart = Line;
}

/// One named series of a bar, area or line chart.
///
/// ```
/// use blockkit::{DataPoint, DataSeries};
///
/// let series = DataSeries::new("Errors").point(DataPoint::new("Mon", 3)).point(("Tue", 1));
/// assert_eq!(
///     serde_json::to_string(&series).unwrap(),
///     r#"{"name":"Errors","data":[{"label":"Mon","value":3},{"label":"Tue","value":1}]}"#
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct DataSeries {
    /// The legend label: at most 20 characters, unique within the chart.
    pub name: Str,
    /// The points: 1 to 20.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub data: Vec<DataPoint>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl DataSeries {
    /// An empty series named `name` (at most 20 characters); add 1 to 20 points.
    pub fn new(name: impl Into<Str>) -> Self {
        Self {
            name: name.into(),
            data: Vec::new(),
            extra: Extra::new(),
        }
    }
}

setters!(DataSeries {
    /// A point: a series has 1 to 20. A `(label, value)` pair converts into one.
    data: vec point DataPoint,
});

/// One value of a [`DataSeries`], at one of the chart's categories.
///
/// `(label, value)` pairs convert into it. For a fractional value, build the number with
/// [`serde_json::Number::from_f64`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct DataPoint {
    /// The category: at most 20 characters, one of the chart's `axis_config.categories`.
    pub label: Str,
    /// The value.
    pub value: Number,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl DataPoint {
    /// A point at category `label` (at most 20 characters).
    pub fn new(label: impl Into<Str>, value: impl Into<Number>) -> Self {
        Self {
            label: label.into(),
            value: value.into(),
            extra: Extra::new(),
        }
    }
}

impl<L: Into<Str>, V: Into<Number>> From<(L, V)> for DataPoint {
    fn from((label, value): (L, V)) -> Self {
        Self::new(label, value)
    }
}

/// The categories and axis labels of a bar, area or line chart (`axis_config`).
///
/// ```
/// use blockkit::AxisConfig;
///
/// let axis = AxisConfig::new(["Mon", "Tue"]).x_label("Day").y_label("Users");
/// assert_eq!(
///     serde_json::to_string(&axis).unwrap(),
///     r#"{"categories":["Mon","Tue"],"x_label":"Day","y_label":"Users"}"#
/// );
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct AxisConfig {
    /// The categories along the x axis, in order: each at most 20 characters.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<Str>,
    /// The x axis label: at most 50 characters.
    pub x_label: Option<Str>,
    /// The y axis label: at most 50 characters.
    pub y_label: Option<Str>,
    /// Fields this version does not model, kept as parsed.
    #[serde(flatten)]
    pub extra: Extra,
}

impl AxisConfig {
    /// An axis over `categories` (each at most 20 characters).
    pub fn new(categories: impl IntoIterator<Item = impl Into<Str>>) -> Self {
        Self {
            categories: categories.into_iter().map(Into::into).collect(),
            x_label: None,
            y_label: None,
            extra: Extra::new(),
        }
    }
}

setters!(AxisConfig {
    /// The x axis label: at most 50 characters.
    x_label: into Str,
    /// The y axis label: at most 50 characters.
    y_label: into Str,
});
