//! Rules of the 2026 blocks (spec §4.14–§4.22, §9 rules 24–29, §12 for the doubtful ones).

use blockkit_limits as limits;

use super::blocks;
use super::placement::Container;
use super::{elements, rich_text, tables};
use crate::validate::walker::{TextKind, Walker, one_of};
use crate::validate::{Code, Severity};
use crate::{
    AlertBlock, AuthProviderBlock, AxisConfig, Block, CardBlock, CarouselBlock, Chart,
    ContainerBlock, DataSeries, DataTableBlock, DataVisualizationBlock, PlanBlock, TableCell,
    TaskCardBlock,
};

pub(crate) fn alert(w: &mut Walker<'_>, block: &AlertBlock) {
    w.text("text", &block.text, TextKind::Any, &limits::alert::TEXT);
    if let Some(level) = &block.level {
        w.known(
            "level",
            level.as_str(),
            level.is_known(),
            crate::AlertLevel::KNOWN,
        );
    }
}

/// Rule 25. Card texts take either kind (the newest docs; §12).
pub(crate) fn card<'a>(w: &mut Walker<'a>, card: &'a CardBlock) {
    use limits::card::{ACTIONS, BODY, SUBTEXT, SUBTITLE, TITLE};
    if card.hero_image.is_none()
        && card.title.is_none()
        && card.actions.is_empty()
        && card.body.is_none()
    {
        w.error(
            Code::Required,
            "a card block needs at least one of `hero_image`, `title`, `actions`, `body`",
        );
    }
    if let Some(image) = &card.hero_image {
        w.at("hero_image", |w| elements::image_element(w, image));
    }
    if let Some(image) = &card.icon {
        w.at("icon", |w| elements::image_element(w, image));
    }
    if card.icon.is_some() && card.slack_icon.is_some() {
        w.at("slack_icon", |w| {
            w.error(
                Code::Exclusive,
                "a card takes `icon` or `slack_icon`, not both",
            );
        });
    }
    if let Some(icon) = &card.slack_icon
        && icon.name.is_empty()
    {
        w.at("slack_icon", |w| {
            w.at("name", |w| {
                w.error(Code::MinLength, "slack_icon name is empty");
            });
        });
    }
    w.maybe_text("title", card.title.as_ref(), TextKind::Any, &TITLE);
    w.maybe_text("subtitle", card.subtitle.as_ref(), TextKind::Any, &SUBTITLE);
    w.maybe_text("body", card.body.as_ref(), TextKind::Any, &BODY);
    w.maybe_text("subtext", card.subtext.as_ref(), TextKind::Any, &SUBTEXT);
    w.items("card block", "actions", card.actions.len(), &ACTIONS);
    blocks::contained_list(w, "actions", &card.actions, Container::CardActions);
}

/// Rule 13: 1–10 cards, each a card block; their block ids count toward uniqueness.
pub(crate) fn carousel<'a>(w: &mut Walker<'a>, carousel: &'a CarouselBlock) {
    w.items(
        "carousel block",
        "elements",
        carousel.elements.len(),
        &limits::carousel::ELEMENTS,
    );
    w.each("elements", &carousel.elements, |w, item| {
        if !matches!(item, Block::Card(_) | Block::Unknown(_)) {
            w.error(
                Code::NotAllowedHere,
                format!(
                    "a carousel holds card blocks only, not a {} block",
                    item.type_name()
                ),
            );
        }
        blocks::block(w, item);
    });
}

/// Rule 27; the block is pre-release (§4.17), so its softer rules are warnings.
pub(crate) fn container<'a>(w: &mut Walker<'a>, container: &'a ContainerBlock) {
    use limits::container::{CHILD_BLOCKS, SUBTITLE, TITLE};
    if container.title.is_none() && container.rich_text_title.is_none() {
        w.warn(
            Code::Required,
            "a container block should have `title` or `rich_text_title`",
        );
    }
    w.maybe_text("title", container.title.as_ref(), TextKind::Plain, &TITLE);
    if let Some(title) = &container.rich_text_title {
        w.at("rich_text_title", |w| rich_text::rich_text(w, title));
    }
    w.maybe_text(
        "subtitle",
        container.subtitle.as_ref(),
        TextKind::Any,
        &SUBTITLE,
    );
    w.items(
        "container block",
        "child_blocks",
        container.child_blocks.len(),
        &CHILD_BLOCKS,
    );
    w.each("child_blocks", &container.child_blocks, |w, child| {
        let allowed = matches!(
            child,
            Block::Actions(_)
                | Block::Context(_)
                | Block::Divider(_)
                | Block::File(_)
                | Block::Header(_)
                | Block::Image(_)
                | Block::Input(_)
                | Block::RichText(_)
                | Block::Section(_)
                | Block::Table(_)
                | Block::Video(_)
                | Block::Unknown(_)
        );
        if allowed {
            // A child is shown on the container's surface: a table stays message-only.
            blocks::placed_on_surface(w, child);
        } else {
            w.error(
                Code::NotAllowedHere,
                format!(
                    "a {} block cannot be a child of a container block",
                    child.type_name()
                ),
            );
        }
        blocks::block(w, child);
    });
    if let Some(width) = &container.width {
        w.known(
            "width",
            width.as_str(),
            width.is_known(),
            crate::ContainerWidth::KNOWN,
        );
    }
    if let Some(icon) = &container.icon {
        w.at("icon", |w| elements::image_element(w, icon));
    }
    if container.default_collapsed == Some(true) && container.is_collapsible != Some(true) {
        w.at("default_collapsed", |w| {
            w.warn(
                Code::InvalidValue,
                "default_collapsed has an effect only with is_collapsible: true",
            );
        });
    }
    if container.is_collapsible == Some(true) && container.has_header_divider == Some(true) {
        w.at("has_header_divider", |w| {
            w.warn(
                Code::Exclusive,
                "has_header_divider cannot be combined with is_collapsible: true",
            );
        });
    }
}

/// Rule 24.
pub(crate) fn data_table<'a>(w: &mut Walker<'a>, table: &'a DataTableBlock) {
    use limits::data_table::{CELL_CHARS, CELLS, PAGE_SIZE, ROWS};
    if table.caption.is_empty() {
        w.at("caption", |w| {
            w.error(Code::MinLength, "data_table caption is empty");
        });
    }
    w.items("data_table block", "rows", table.rows.len(), &ROWS);
    let chars = tables::table_rows(w, &table.rows, &CELLS, true);
    tables::check_cell_budget(w, chars, &CELL_CHARS);
    if let Some(header) = table.rows.first() {
        for (column, cell) in header.iter().enumerate() {
            if matches!(cell, TableCell::RichText(_)) {
                w.at("rows", |w| {
                    w.at_index(0, |w| {
                        w.at_index(column, |w| {
                            w.error(
                                Code::NotAllowedHere,
                                "the header row of a data_table cannot hold rich_text cells",
                            );
                        });
                    });
                });
            }
        }
    }
    w.number("page_size", table.page_size.map(u64::from), &PAGE_SIZE);
    if let (Some(index), Some(header)) = (table.row_header_column_index, table.rows.first())
        && index as usize >= header.len()
    {
        w.at("row_header_column_index", |w| {
            w.warn(
                Code::OutOfRange,
                format!(
                    "row_header_column_index is {index}, but the table has {} columns",
                    header.len()
                ),
            );
        });
    }
}

/// Rule 28; the sub-limits seen only in a third-party crate are warnings (§4.19).
pub(crate) fn data_visualization(w: &mut Walker<'_>, block: &DataVisualizationBlock) {
    use limits::data_visualization::{SEGMENT_LABEL, SEGMENTS, TITLE};
    w.at("title", |w| {
        w.check_chars("data_visualization title", &block.title, &TITLE);
    });
    w.at("chart", |w| match &block.chart {
        Chart::Pie(pie) => {
            w.items("pie chart", "segments", pie.segments.len(), &SEGMENTS);
            w.each("segments", &pie.segments, |w, segment| {
                w.at("label", |w| {
                    w.check_chars("segment label", &segment.label, &SEGMENT_LABEL);
                });
                if segment.value.as_f64().is_none_or(|value| value <= 0.0) {
                    w.at("value", |w| {
                        w.error(
                            Code::OutOfRange,
                            format!(
                                "segment value is {}; it must be greater than 0",
                                segment.value
                            ),
                        );
                    });
                }
            });
        }
        Chart::Bar(chart) => series_chart(w, "bar chart", &chart.series, &chart.axis_config),
        Chart::Area(chart) => series_chart(w, "area chart", &chart.series, &chart.axis_config),
        Chart::Line(chart) => series_chart(w, "line chart", &chart.series, &chart.axis_config),
        Chart::Unknown(raw) => w.unknown_type("chart", raw.type_name().unwrap_or_default()),
    });
}

fn series_chart(w: &mut Walker<'_>, what: &str, series: &[DataSeries], axis: &AxisConfig) {
    use limits::data_visualization::{
        AXIS_LABEL, CATEGORY, POINT_LABEL, SERIES, SERIES_DATA, SERIES_NAME,
    };
    w.items(what, "series", series.len(), &SERIES);
    for (index, item) in series.iter().enumerate() {
        w.at("series", |w| {
            w.at_index(index, |w| {
                w.at("name", |w| w.check_chars("series name", &item.name, &SERIES_NAME));
                if series[..index].iter().any(|earlier| earlier.name == item.name) {
                    w.at("name", |w| w.warn(Code::Duplicate, format!("series name `{}` is used twice", item.name)));
                }
                w.items("data series", "data", item.data.len(), &SERIES_DATA);
                for (point_index, point) in item.data.iter().enumerate() {
                    w.at("data", |w| {
                        w.at_index(point_index, |w| {
                            w.at("label", |w| {
                                w.check_chars("data point label", &point.label, &POINT_LABEL);
                                if !axis.categories.contains(&point.label) {
                                    w.warn(
                                        Code::InvalidValue,
                                        format!("data point label `{}` is not one of the axis categories", point.label),
                                    );
                                }
                            });
                        });
                    });
                }
            });
        });
    }
    w.at("axis_config", |w| {
        if axis.categories.is_empty() {
            w.required("axis_config", "categories");
        }
        for (index, category) in axis.categories.iter().enumerate() {
            w.at("categories", |w| {
                w.at_index(index, |w| {
                    w.check_chars("axis category", category, &CATEGORY);
                });
            });
        }
        w.string("x_label", axis.x_label.as_deref(), &AXIS_LABEL);
        w.string("y_label", axis.y_label.as_deref(), &AXIS_LABEL);
    });
}

pub(crate) fn plan<'a>(w: &mut Walker<'a>, plan: &'a PlanBlock) {
    if plan.title.is_empty() {
        w.at("title", |w| w.error(Code::MinLength, "plan title is empty"));
    }
    w.each("tasks", &plan.tasks, |w, task| {
        if let Some(id) = task.block_id.as_deref() {
            w.string("block_id", Some(id), &limits::block::BLOCK_ID);
            w.block_id(id);
        }
        task_card(w, task);
    });
}

/// Rule 29: the status is checked when present (TS/PY require it, the docs do not; §12).
pub(crate) fn task_card<'a>(w: &mut Walker<'a>, task: &'a TaskCardBlock) {
    if task.task_id.is_empty() {
        w.at("task_id", |w| {
            w.error(Code::MinLength, "task_card task_id is empty");
        });
    }
    if task.title.is_empty() {
        w.at("title", |w| {
            w.error(Code::MinLength, "task_card title is empty");
        });
    }
    for (field, rich) in [("details", &task.details), ("output", &task.output)] {
        if let Some(rich) = rich {
            w.at(field, |w| rich_text::rich_text(w, rich));
        }
    }
    w.each("sources", &task.sources, |w, source| {
        if source.url.is_empty() {
            w.at("url", |w| w.error(Code::MinLength, "source url is empty"));
        }
        if source.text.is_empty() {
            w.at("text", |w| w.error(Code::MinLength, "source text is empty"));
        }
    });
    match &task.status {
        Some(status) if !status.is_known() => w.at("status", |w| {
            w.report(
                Severity::Warning,
                Code::InvalidValue,
                format!(
                    "status is `{status}`; expected {}",
                    one_of(crate::TaskStatus::KNOWN)
                ),
                None,
            );
        }),
        _ => {}
    }
}

/// Spec §4.22: preview (Python SDK only), so every limit is a warning.
pub(crate) fn auth_provider<'a>(w: &mut Walker<'a>, block: &'a AuthProviderBlock) {
    use limits::auth_provider::{DESCRIPTION, IDENTITY, NAME, URL, VALUE};
    w.at("value", |w| {
        w.check_chars("auth_provider value", &block.value, &VALUE);
    });
    w.text("name", &block.name, TextKind::Plain, &NAME);
    w.maybe_text(
        "description",
        block.description.as_ref(),
        TextKind::Plain,
        &DESCRIPTION,
    );
    for (field, url) in [
        ("icon_url", &block.icon_url),
        ("auth_url", &block.auth_url),
        ("disconnect_url", &block.disconnect_url),
    ] {
        w.string(field, url.as_deref(), &URL);
    }
    w.maybe_text(
        "connected_identity",
        block.connected_identity.as_ref(),
        TextKind::Plain,
        &IDENTITY,
    );
    w.maybe_text(
        "connected_context",
        block.connected_context.as_ref(),
        TextKind::Plain,
        &IDENTITY,
    );
    if let Some(accessory) = &block.accessory {
        w.at("accessory", |w| {
            blocks::contained(w, accessory, Container::AuthProviderAccessory);
        });
    }
    w.each("fallback", &block.fallback, |w, child| {
        blocks::block(w, child);
    });
}
