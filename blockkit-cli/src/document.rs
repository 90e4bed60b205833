//! Reading an input, recognising what it holds, and parsing it into the model.

use std::io::Read;
use std::path::Path;

use blockkit::{
    Block, DeleteMessage, Element, HomeTab, Message, Modal, OpenView, ParseError, PostEphemeral,
    PostMessage, PublishView, Report, ResponseUrlMessage, ScheduleMessage, Surface, UpdateMessage,
    UpdateView, Validate, ValidationOptions, View, ViewSubmissionResponse, validate_blocks,
};
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::SurfaceArg;

/// One input: its name as printed and its bytes.
pub(crate) struct Input {
    pub(crate) name: String,
    pub(crate) bytes: Vec<u8>,
}

impl Input {
    /// Reads a file, or standard input for `-`. The error is one line, `FILE: why`.
    pub(crate) fn read(path: &Path) -> Result<Self, String> {
        if path.as_os_str() == "-" {
            let mut bytes = Vec::new();
            return match std::io::stdin().lock().read_to_end(&mut bytes) {
                Ok(_) => Ok(Self {
                    name: "<stdin>".to_owned(),
                    bytes,
                }),
                Err(error) => Err(format!("<stdin>: cannot read: {error}")),
            };
        }
        let name = path.display().to_string();
        match std::fs::read(path) {
            Ok(bytes) => Ok(Self { name, bytes }),
            Err(error) => Err(format!("{name}: cannot read: {error}")),
        }
    }

    /// `FILE:LINE:COLUMN: message` for an error of the model or of JSON syntax.
    fn parse_error(&self, error: &ParseError) -> String {
        let (line, column) = if error.line() == 0 {
            self.start()
        } else {
            (error.line(), error.column())
        };
        let mut text = format!("{}:{line}:{column}: ", self.name);
        if !error.path().is_empty() {
            text.push_str(&abbreviate(error.path()));
            text.push_str(": ");
        }
        text.push_str(error.message());
        if error.message() == "recursion limit exceeded" {
            text.push_str(" (the JSON is nested more than 128 levels deep)");
        }
        text
    }

    /// The line and column of the first character that is not white space.
    fn start(&self) -> (usize, usize) {
        let (mut line, mut column) = (1, 1);
        for &byte in self.json() {
            match byte {
                b'\n' => (line, column) = (line + 1, 1),
                b' ' | b'\t' | b'\r' => column += 1,
                _ => break,
            }
        }
        (line, column)
    }

    /// The JSON text: the bytes without a leading UTF-8 byte order mark.
    fn json(&self) -> &[u8] {
        self.bytes
            .strip_prefix(b"\xEF\xBB\xBF")
            .unwrap_or(&self.bytes)
    }

    fn parse<T: DeserializeOwned>(&self) -> Result<T, String> {
        blockkit::from_slice(self.json()).map_err(|error| self.parse_error(&error))
    }
}

/// What an input holds, parsed into the model.
#[allow(
    clippy::large_enum_variant,
    reason = "one document per input, never in a collection"
)]
pub(crate) enum Document {
    Message(Message),
    Modal(Modal),
    Home(HomeTab),
    View(View),
    Blocks(Vec<Block>),
    Block(Block),
    Element(Element),
    PostMessage(PostMessage),
    PostEphemeral(PostEphemeral),
    UpdateMessage(UpdateMessage),
    ScheduleMessage(ScheduleMessage),
    DeleteMessage(DeleteMessage),
    OpenView(OpenView),
    UpdateView(UpdateView),
    PublishView(PublishView),
    ResponseUrl(ResponseUrlMessage),
    ViewSubmission(ViewSubmissionResponse),
}

const EXPECTED: &str = "expected a message, a view, a chat.* or views.* request body, a view_submission \
response, an array of blocks or a block";

impl Document {
    /// Parses `input` as `surface` says, or as what its fields say for `auto`.
    pub(crate) fn parse(input: &Input, surface: SurfaceArg) -> Result<Self, String> {
        Ok(match surface {
            SurfaceArg::Message => Self::Message(input.parse()?),
            SurfaceArg::Modal => Self::Modal(input.parse()?),
            SurfaceArg::Home => Self::Home(input.parse()?),
            SurfaceArg::Blocks => {
                let value: Value = input.parse()?;
                if value.is_object() {
                    Self::Block(input.parse()?)
                } else {
                    Self::Blocks(input.parse()?)
                }
            }
            SurfaceArg::Auto => {
                let value: Value = input.parse()?;
                Self::detect(input, &value)?
            }
        })
    }

    fn detect(input: &Input, value: &Value) -> Result<Self, String> {
        let object = match value {
            Value::Array(_) => return Ok(Self::Blocks(input.parse()?)),
            Value::Object(object) => object,
            other => {
                let (line, column) = input.start();
                return Err(format!(
                    "{}:{line}:{column}: {EXPECTED}; found {}",
                    input.name,
                    describe(other)
                ));
            }
        };
        let has = |key: &str| object.contains_key(key);
        if let Some(type_name) = object.get("type") {
            return match type_name.as_str() {
                Some("modal" | "home" | "workflow_step") => Ok(Self::View(input.parse()?)),
                _ => Self::block_or_element(input),
            };
        }
        if has("response_action") {
            return Ok(Self::ViewSubmission(input.parse()?));
        }
        if has("view") {
            return Ok(if has("user_id") {
                Self::PublishView(input.parse()?)
            } else if has("trigger_id") || has("interactivity_pointer") {
                Self::OpenView(input.parse()?)
            } else {
                Self::UpdateView(input.parse()?)
            });
        }
        if has("channel") {
            return Ok(if has("post_at") {
                Self::ScheduleMessage(input.parse()?)
            } else if has("user") {
                Self::PostEphemeral(input.parse()?)
            } else if has("ts") {
                let content = [
                    "text",
                    "blocks",
                    "attachments",
                    "markdown_text",
                    "metadata",
                    "file_ids",
                ];
                if content.iter().any(|key| has(key)) {
                    Self::UpdateMessage(input.parse()?)
                } else {
                    Self::DeleteMessage(input.parse()?)
                }
            } else {
                Self::PostMessage(input.parse()?)
            });
        }
        if has("response_type") || has("replace_original") || has("delete_original") {
            return Ok(Self::ResponseUrl(input.parse()?));
        }
        match untyped_view(object) {
            Some(UntypedView::Modal) => return Ok(Self::Modal(input.parse()?)),
            Some(UntypedView::Home) => return Ok(Self::Home(input.parse()?)),
            None => {}
        }
        if ["text", "blocks", "attachments", "markdown_text"]
            .iter()
            .any(|key| has(key))
        {
            return Ok(Self::Message(input.parse()?));
        }
        let (line, column) = input.start();
        let keys: Vec<&str> = object.keys().take(5).map(String::as_str).collect();
        let found = if keys.is_empty() {
            "found an empty object".to_owned()
        } else {
            format!("found an object with the fields {}", keys.join(", "))
        };
        Err(format!(
            "{}:{line}:{column}: {EXPECTED}; {found}",
            input.name
        ))
    }

    /// A lone object with a `type`: a block, or else an element of a known type.
    fn block_or_element(input: &Input) -> Result<Self, String> {
        let block: Block = input.parse()?;
        if let Block::Unknown(_) = block
            && let Ok(element) = blockkit::from_slice::<Element>(input.json())
            && !matches!(element, Element::Unknown(_))
        {
            return Ok(Self::Element(element));
        }
        Ok(Self::Block(block))
    }

    /// What was recognised, for messages.
    pub(crate) fn kind(&self) -> &'static str {
        match self {
            Self::Message(_) => "a message",
            Self::Modal(_) => "a modal",
            Self::Home(_) => "a Home tab",
            Self::View(_) => "a view",
            Self::Blocks(_) => "an array of blocks",
            Self::Block(_) => "a block",
            Self::Element(_) => "an element",
            Self::PostMessage(_) => "a chat.postMessage body",
            Self::PostEphemeral(_) => "a chat.postEphemeral body",
            Self::UpdateMessage(_) => "a chat.update body",
            Self::ScheduleMessage(_) => "a chat.scheduleMessage body",
            Self::DeleteMessage(_) => "a chat.delete body",
            Self::OpenView(_) => "a views.open or views.push body",
            Self::UpdateView(_) => "a views.update body",
            Self::PublishView(_) => "a views.publish body",
            Self::ResponseUrl(_) => "a response_url message",
            Self::ViewSubmission(_) => "a view_submission response",
        }
    }

    /// Every violation.
    pub(crate) fn validate(&self, options: &ValidationOptions) -> Report {
        match self {
            Self::Message(value) => value.validate_with(options),
            Self::Modal(value) => value.validate_with(options),
            Self::Home(value) => value.validate_with(options),
            Self::View(value) => value.validate_with(options),
            Self::Blocks(value) => validate_blocks(value, Surface::Unspecified, options),
            Self::Block(value) => value.validate_with(options),
            Self::Element(value) => value.validate_with(options),
            Self::PostMessage(value) => value.validate_with(options),
            Self::PostEphemeral(value) => value.validate_with(options),
            Self::UpdateMessage(value) => value.validate_with(options),
            Self::ScheduleMessage(value) => value.validate_with(options),
            Self::DeleteMessage(value) => value.validate_with(options),
            Self::OpenView(value) => value.validate_with(options),
            Self::UpdateView(value) => value.validate_with(options),
            Self::PublishView(value) => value.validate_with(options),
            Self::ResponseUrl(value) => value.validate_with(options),
            Self::ViewSubmission(value) => value.validate_with(options),
        }
    }

    /// The model's JSON, pretty-printed, with a final newline.
    pub(crate) fn to_pretty_json(&self) -> Result<String, serde_json::Error> {
        let mut text = match self {
            Self::Message(value) => serde_json::to_string_pretty(value),
            Self::Modal(value) => serde_json::to_string_pretty(value),
            Self::Home(value) => serde_json::to_string_pretty(value),
            Self::View(value) => serde_json::to_string_pretty(value),
            Self::Blocks(value) => serde_json::to_string_pretty(value),
            Self::Block(value) => serde_json::to_string_pretty(value),
            Self::Element(value) => serde_json::to_string_pretty(value),
            Self::PostMessage(value) => serde_json::to_string_pretty(value),
            Self::PostEphemeral(value) => serde_json::to_string_pretty(value),
            Self::UpdateMessage(value) => serde_json::to_string_pretty(value),
            Self::ScheduleMessage(value) => serde_json::to_string_pretty(value),
            Self::DeleteMessage(value) => serde_json::to_string_pretty(value),
            Self::OpenView(value) => serde_json::to_string_pretty(value),
            Self::UpdateView(value) => serde_json::to_string_pretty(value),
            Self::PublishView(value) => serde_json::to_string_pretty(value),
            Self::ResponseUrl(value) => serde_json::to_string_pretty(value),
            Self::ViewSubmission(value) => serde_json::to_string_pretty(value),
        }?;
        text.push('\n');
        Ok(text)
    }

    /// The Block Kit Builder link, when there is something to show.
    pub(crate) fn preview_url(&self) -> Option<String> {
        let blocks = |blocks: &[Block]| blockkit::preview_url(&BlocksPreview { blocks }, None);
        Some(match self {
            Self::Message(value) => value.preview_url(),
            Self::Modal(value) => value.preview_url(),
            Self::Home(value) => value.preview_url(),
            Self::View(view) => view_url(view),
            Self::Blocks(value) => blocks(value),
            Self::Block(value) => blocks(std::slice::from_ref(value)),
            Self::PostMessage(value) => value.message().preview_url(),
            Self::PostEphemeral(value) => value.message().preview_url(),
            Self::UpdateMessage(value) => value.message().preview_url(),
            Self::ScheduleMessage(value) => value.message().preview_url(),
            Self::ResponseUrl(value) => value.message().preview_url(),
            Self::OpenView(value) => view_url(value.view()),
            Self::UpdateView(value) => view_url(value.view()),
            Self::PublishView(value) => view_url(value.view()),
            Self::ViewSubmission(value) => view_url(value.view()?),
            Self::Element(_) | Self::DeleteMessage(_) => return None,
        })
    }
}

/// What Block Kit Builder takes for a list of blocks.
#[derive(serde::Serialize)]
struct BlocksPreview<'a> {
    blocks: &'a [Block],
}

fn view_url(view: &View) -> String {
    match view {
        View::Modal(modal) => modal.preview_url(),
        View::Home(home) => home.preview_url(),
        other => blockkit::preview_url(other, None),
    }
}

/// The kind of a view written without its `type`.
enum UntypedView {
    Modal,
    Home,
}

/// A view written without its `type` (as some libraries store them): a modal when it has a
/// `title`, a Home tab when it has view fields but no message fields.
fn untyped_view(object: &Map<String, Value>) -> Option<UntypedView> {
    let has = |key: &str| object.contains_key(key);
    if has("title") && (has("blocks") || has("submit") || has("close")) {
        return Some(UntypedView::Modal);
    }
    let view_fields = ["private_metadata", "callback_id", "external_id"];
    let message_fields = ["text", "attachments", "markdown_text", "thread_ts"];
    if view_fields.iter().any(|key| has(key)) && !message_fields.iter().any(|key| has(key)) {
        return Some(UntypedView::Home);
    }
    None
}

/// A path of at most about 100 characters: a deep one keeps its start and its end.
fn abbreviate(path: &str) -> String {
    const KEEP: usize = 48;
    let count = path.chars().count();
    if count <= 2 * KEEP + 4 {
        return path.to_owned();
    }
    let start: String = path.chars().take(KEEP).collect();
    let end: String = path.chars().skip(count - KEEP).collect();
    format!("{start}…{end}")
}

fn describe(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}
