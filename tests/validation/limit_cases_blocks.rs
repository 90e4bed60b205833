//! The payload builders of the limits of blocks and surfaces (spec §4, §7); see `limit_cases`.

use blockkit::{Code, Severity};
use serde_json::{Value, json};

use super::limit_cases::{Case, count, one, ordinal, with_field};
use super::table::Limit;
use super::{actions, button, input, message, modal, mrkdwn, plain};

fn video() -> Value {
    json!({"type": "video", "alt_text": "a", "video_url": "https://v", "thumbnail_url": "https://t", "title": plain("V")})
}

fn card() -> Value {
    json!({"type": "card", "title": mrkdwn("Card")})
}

fn data_table(rows: Value) -> Value {
    one(json!({"type": "data_table", "caption": "c", "rows": rows}))
}

fn cells(n: usize) -> Value {
    (0..n)
        .map(|_| json!({"type": "raw_text", "text": "x"}))
        .collect()
}

fn raw(text: &str) -> Value {
    json!([{"type": "raw_text", "text": text}])
}

fn pie(segments: Value) -> Value {
    one(
        json!({"type": "data_visualization", "title": "T", "chart": {"type": "pie", "segments": segments}}),
    )
}

fn bar(series: Value, axis: Value) -> Value {
    one(
        json!({"type": "data_visualization", "title": "T", "chart": {"type": "bar", "series": series, "axis_config": axis}}),
    )
}

fn auth_provider() -> Value {
    json!({"type": "auth_provider", "value": "github", "name": plain("GitHub"), "is_connected": false})
}

/// The case of a limit of a block or a surface, if `limit` is one.
#[allow(clippy::too_many_lines, reason = "one arm per limit of the table")]
pub(crate) fn case(limit: &Limit) -> Option<Case> {
    use Code::{MaxLength, MinLength};
    use Severity::Warning;
    let e = Severity::Error;
    Some(match (limit.object, limit.field) {
        ("actions", "elements") => Case::items("/blocks/0/elements", "/blocks/0", |n| {
            one(actions(
                ordinal(n, "b").iter().map(|id| button(id)).collect(),
            ))
        }),
        ("context", "elements") => Case::items("/blocks/0/elements", "/blocks/0", |n| {
            one(json!({"type": "context", "elements": vec![mrkdwn("x"); n]}))
        }),
        ("context_actions", "elements") => Case::items("/blocks/0/elements", "/blocks/0", |n| {
            let elements: Vec<Value> = ordinal(n, "i")
                .into_iter()
                .map(|id| json!({"type": "icon_button", "action_id": id, "icon": "trash", "text": plain("Delete")}))
                .collect();
            one(json!({"type": "context_actions", "elements": elements}))
        }),
        ("header", "text") => Case::text("/blocks/0/text", |s| {
            one(json!({"type": "header", "text": plain(s)}))
        }),
        ("image", "alt_text") => Case::chars("/blocks/0/alt_text", |s| {
            one(json!({"type": "image", "image_url": "https://i", "alt_text": s}))
        }),
        ("image", "image_url") => Case::chars("/blocks/0/image_url", |s| {
            one(json!({"type": "image", "image_url": s, "alt_text": "a"}))
        }),
        ("image", "title") => Case::text("/blocks/0/title", |s| {
            one(
                json!({"type": "image", "image_url": "https://i", "alt_text": "a", "title": plain(s)}),
            )
        }),
        ("input", "label") => Case::text("/blocks/0/label", |s| {
            modal(
                json!([{"type": "input", "label": plain(s), "element": {"type": "plain_text_input"}}]),
            )
        }),
        ("input", "hint") => Case::text("/blocks/0/hint", |s| {
            modal(json!([with_field(
                input(json!({"type": "plain_text_input"})),
                "hint",
                plain(s)
            )]))
        }),
        ("markdown", "text") => Case::chars("/blocks/0/text", |s| {
            one(json!({"type": "markdown", "text": s}))
        })
        // Past 12,000 characters in one block, the message's markdown budget is passed too.
        .max_also(&[(MaxLength, "", Warning)]),
        ("section", "text") => Case::text("/blocks/0/text", |s| {
            one(json!({"type": "section", "text": mrkdwn(s)}))
        }),
        ("section", "fields") => Case::items("/blocks/0/fields", "/blocks/0", |n| {
            one(json!({"type": "section", "fields": vec![mrkdwn("f"); n]}))
        }),
        ("section", "fields[]") => Case::text("/blocks/0/fields/0", |s| {
            one(json!({"type": "section", "fields": [mrkdwn(s)]}))
        }),
        ("table", "rows") => Case::items("/blocks/0/rows", "/blocks/0", |n| {
            one(json!({"type": "table", "rows": vec![raw("x"); n]}))
        }),
        ("table", "rows[]") => Case::row("/blocks/0/rows/0", |n| {
            one(json!({"type": "table", "rows": [cells(n)]}))
        }),
        ("table", "column_settings") => {
            Case::items("/blocks/0/column_settings", "/blocks/0", |n| {
                one(
                    json!({"type": "table", "rows": [raw("x")], "column_settings": vec![json!({"align": "left"}); n]}),
                )
            })
        }
        ("table", "cells") => Case::new(
            "/blocks/0/rows",
            Box::new(|n, c| {
                let half = count(n / 2);
                let (a, b) = (
                    c.to_string().repeat(half),
                    c.to_string().repeat(count(n) - half),
                );
                one(json!({"type": "table", "rows": [raw(&a), raw(&b)]}))
            }),
        ),
        ("video", "title") => Case::text("/blocks/0/title", |s| {
            one(with_field(video(), "title", plain(s)))
        }),
        ("video", "description") => Case::text("/blocks/0/description", |s| {
            one(with_field(video(), "description", plain(s)))
        }),
        ("video", "author_name") => Case::chars("/blocks/0/author_name", |s| {
            one(with_field(video(), "author_name", json!(s)))
        }),
        ("alert", "text") => Case::text("/blocks/0/text", |s| {
            one(json!({"type": "alert", "text": mrkdwn(s)}))
        })
        .empty_is_error(),
        ("card", field @ ("title" | "subtitle" | "body" | "subtext")) => {
            Case::text(&format!("/blocks/0/{field}"), move |s| {
                one(with_field(card(), field, mrkdwn(s)))
            })
        }
        ("card", "actions") => Case::items("/blocks/0/actions", "/blocks/0", |n| {
            one(with_field(
                card(),
                "actions",
                ordinal(n, "b").iter().map(|id| button(id)).collect(),
            ))
        }),
        ("carousel", "elements") => Case::items("/blocks/0/elements", "/blocks/0", |n| {
            one(json!({"type": "carousel", "elements": vec![card(); n]}))
        }),
        ("container", field @ ("title" | "subtitle")) => {
            Case::text(&format!("/blocks/0/{field}"), move |s| {
                let container = json!({"type": "container", "title": plain("C"), "child_blocks": [{"type": "divider"}]});
                one(with_field(container, field, plain(s)))
            })
        }
        ("container", "child_blocks") => Case::items("/blocks/0/child_blocks", "/blocks/0", |n| {
            one(
                json!({"type": "container", "title": plain("C"), "child_blocks": vec![json!({"type": "divider"}); n]}),
            )
        }),
        ("data_table", "rows") => Case::items("/blocks/0/rows", "/blocks/0", |n| {
            data_table(json!(vec![raw("x"); n]))
        }),
        ("data_table", "rows[]") => Case::row("/blocks/0/rows/0", |n| {
            data_table(json!([cells(n), cells(n)]))
        })
        .max_also(&[(Code::MaxItems, "/blocks/0/rows/1", e)])
        .min_also(&[(Code::MinItems, "/blocks/0/rows/1", e)]),
        ("data_table", "page_size") => Case::value("/blocks/0/page_size", |n| {
            one(
                json!({"type": "data_table", "caption": "c", "rows": [raw("h"), raw("x")], "page_size": n}),
            )
        }),
        ("data_table", "cells") => Case::new(
            "/blocks/0/rows",
            Box::new(|n, c| {
                let half = count(n / 2);
                let (a, b) = (
                    c.to_string().repeat(half),
                    c.to_string().repeat(count(n) - half),
                );
                data_table(json!([raw(&a), raw(&b)]))
            }),
        ),
        ("data_visualization", "title") => Case::chars("/blocks/0/title", |s| {
            one(
                json!({"type": "data_visualization", "title": s, "chart": {"type": "pie", "segments": [{"label": "a", "value": 1}]}}),
            )
        }),
        ("data_visualization", "chart.segments") => {
            Case::items("/blocks/0/chart/segments", "/blocks/0/chart", |n| {
                pie(ordinal(n, "s")
                    .into_iter()
                    .map(|label| json!({"label": label, "value": 1}))
                    .collect())
            })
        }
        ("data_visualization", "chart.series") => {
            Case::items("/blocks/0/chart/series", "/blocks/0/chart", |n| {
                let series: Vec<Value> = ordinal(n, "s")
                    .into_iter()
                    .map(|name| json!({"name": name, "data": [{"label": "a", "value": 1}]}))
                    .collect();
                bar(json!(series), json!({"categories": ["a"]}))
            })
        }
        ("data_visualization", "chart.segments[].label") => {
            Case::chars("/blocks/0/chart/segments/0/label", |s| {
                pie(json!([{"label": s, "value": 1}]))
            })
        }
        ("data_visualization", "chart.series[].name") => {
            Case::chars("/blocks/0/chart/series/0/name", |s| {
                bar(
                    json!([{"name": s, "data": [{"label": "a", "value": 1}]}]),
                    json!({"categories": ["a"]}),
                )
            })
        }
        ("data_visualization", "chart.series[].data") => Case::items(
            "/blocks/0/chart/series/0/data",
            "/blocks/0/chart/series/0",
            |n| {
                bar(
                    json!([{"name": "s", "data": vec![json!({"label": "a", "value": 1}); n]}]),
                    json!({"categories": ["a"]}),
                )
            },
        ),
        // The point's label is one of the categories: both are too long or empty together.
        ("data_visualization", "chart.series[].data[].label") => {
            Case::chars("/blocks/0/chart/series/0/data/0/label", |s| {
                bar(
                    json!([{"name": "s", "data": [{"label": s, "value": 1}]}]),
                    json!({"categories": [s]}),
                )
            })
            .max_also(&[(
                MaxLength,
                "/blocks/0/chart/axis_config/categories/0",
                Warning,
            )])
            .min_also(&[(
                MinLength,
                "/blocks/0/chart/axis_config/categories/0",
                Warning,
            )])
        }
        ("data_visualization", "chart.axis_config.categories[]") => {
            Case::chars("/blocks/0/chart/axis_config/categories/1", |s| {
                bar(
                    json!([{"name": "s", "data": [{"label": "a", "value": 1}]}]),
                    json!({"categories": ["a", s]}),
                )
            })
        }
        ("data_visualization", "chart.axis_config.x_label") => {
            Case::chars("/blocks/0/chart/axis_config/x_label", |s| {
                bar(
                    json!([{"name": "s", "data": [{"label": "a", "value": 1}]}]),
                    json!({"categories": ["a"], "x_label": s}),
                )
            })
        }
        ("auth_provider", "value") => Case::chars("/blocks/0/value", |s| {
            one(with_field(auth_provider(), "value", json!(s)))
        }),
        ("auth_provider", "auth_url") => Case::chars("/blocks/0/auth_url", |s| {
            one(with_field(auth_provider(), "auth_url", json!(s)))
        }),
        ("auth_provider", field @ ("name" | "description" | "connected_identity")) => {
            Case::text(&format!("/blocks/0/{field}"), move |s| {
                one(with_field(auth_provider(), field, plain(s)))
            })
            .empty_is_error()
        }
        ("message", "blocks") => Case::items("/blocks", "", |n| {
            message(json!(vec![json!({"type": "divider"}); n]))
        }),
        ("message", "attachments") => Case::items(
            "/attachments",
            "",
            |n| json!({"text": "t", "attachments": vec![json!({"text": "a"}); n]}),
        ),
        ("message", "text") => Case::chars("/text", |s| json!({"text": s})),
        ("message", "markdown") => Case::new(
            "",
            Box::new(|n, c| {
                let half = count(n / 2);
                let (a, b) = (
                    c.to_string().repeat(half),
                    c.to_string().repeat(count(n) - half),
                );
                message(json!([{"type": "markdown", "text": a}, {"type": "markdown", "text": b}]))
            }),
        ),
        ("message", "markdown_text") => {
            Case::chars("/markdown_text", |s| json!({"markdown_text": s}))
        }
        ("attachment", "footer") => Case::chars(
            "/attachments/0/footer",
            |s| json!({"text": "t", "attachments": [{"footer": s}]}),
        ),
        ("modal", field @ ("title" | "submit" | "close")) => {
            Case::text(&format!("/{field}"), move |s| {
                with_field(modal(json!([{"type": "divider"}])), field, plain(s))
            })
        }
        ("modal", "blocks") => Case::items("/blocks", "", |n| {
            modal(json!(vec![json!({"type": "divider"}); n]))
        }),
        ("home", "blocks") => Case::items(
            "/blocks",
            "",
            |n| json!({"type": "home", "blocks": vec![json!({"type": "divider"}); n]}),
        ),
        ("view", field @ ("private_metadata" | "callback_id" | "external_id")) => {
            Case::chars(&format!("/{field}"), move |s| {
                with_field(modal(json!([{"type": "divider"}])), field, json!(s))
            })
        }
        _ => return None,
    })
}
