//! Blocks (spec §4): the top-level pieces of a message, modal or Home tab.

mod actions;
mod alert;
mod auth_provider;
mod card;
mod carousel;
mod container;
mod context;
mod context_actions;
mod data_table;
mod data_visualization;
mod divider;
mod file;
mod header;
mod image;
mod input;
mod legacy;
mod markdown;
mod plan;
mod rich_text;
mod section;
mod table;
mod task_card;
mod video;

pub use actions::ActionsBlock;
pub use alert::*;
pub use auth_provider::AuthProviderBlock;
pub use card::CardBlock;
pub use carousel::CarouselBlock;
pub use container::*;
pub use context::*;
pub use context_actions::ContextActionsBlock;
pub use data_table::DataTableBlock;
pub use data_visualization::*;
pub use divider::DividerBlock;
pub use file::FileBlock;
pub use header::HeaderBlock;
pub use image::ImageBlock;
pub use input::InputBlock;
pub use legacy::{CallBlock, ShareShortcutBlock};
pub use markdown::MarkdownBlock;
pub use plan::PlanBlock;
pub use rich_text::RichTextBlock;
pub use section::SectionBlock;
pub use table::TableBlock;
pub use task_card::*;
pub use video::VideoBlock;

tagged_enum! {
    /// Any block.
    ///
    /// Every block type converts into it with `From`, and a type this version does not know is
    /// kept whole in [`Block::Unknown`].
    ///
    /// ```
    /// use blockkit::{Block, DividerBlock, HeaderBlock};
    ///
    /// let blocks: Vec<Block> = vec![HeaderBlock::new("Status").into(), DividerBlock::new().into()];
    /// assert_eq!(blocks[0].type_name(), "header");
    ///
    /// let parsed: Block = blockkit::from_str(r#"{"type": "hologram", "depth": 3}"#).unwrap();
    /// assert!(matches!(parsed, Block::Unknown(_)));
    /// assert_eq!(serde_json::to_string(&parsed).unwrap(), r#"{"type":"hologram","depth":3}"#);
    /// ```
    Block expecting "a block" {
        /// `actions`: interactive elements in a row.
        Actions(ActionsBlock) = Actions,
        /// `context`: small images and text.
        Context(ContextBlock) = Context,
        /// `context_actions`: feedback and icon buttons under an AI answer.
        ContextActions(ContextActionsBlock) = ContextActions,
        /// `divider`: a horizontal rule.
        Divider(DividerBlock) = Divider,
        /// `file`: a remote file. Read-only: Slack sends it, apps cannot post it.
        File(FileBlock) = File,
        /// `header`: large bold plain text.
        Header(HeaderBlock) = Header,
        /// `image`: an image with alt text.
        Image(ImageBlock) = Image,
        /// `input`: a labelled input element.
        Input(InputBlock) = Input,
        /// `markdown`: standard Markdown (messages only).
        Markdown(MarkdownBlock) = Markdown,
        /// `rich_text`: formatted text.
        RichText(RichTextBlock) = RichText,
        /// `section`: text or fields with an optional accessory.
        Section(SectionBlock) = Section,
        /// `table`: rows of cells (messages only; one per message).
        Table(TableBlock) = Table,
        /// `video`: an embedded video.
        Video(VideoBlock) = Video,
        /// `alert`: a coloured notice.
        Alert(AlertBlock) = Alert,
        /// `card`: an image, title, body and buttons.
        Card(CardBlock) = Card,
        /// `carousel`: cards side by side.
        Carousel(CarouselBlock) = Carousel,
        /// `container`: a titled, collapsible group of blocks (pre-release).
        Container(ContainerBlock) = Container,
        /// `data_table`: a sortable, paginated table.
        DataTable(DataTableBlock) = DataTable,
        /// `data_visualization`: a pie, bar, area or line chart.
        DataVisualization(DataVisualizationBlock) = DataVisualization,
        /// `plan`: the steps of an agent's plan.
        Plan(PlanBlock) = Plan,
        /// `task_card`: one step of an agent's work.
        TaskCard(TaskCardBlock) = TaskCard,
        /// `auth_provider`: connect an external account (preview; Python SDK only).
        AuthProvider(AuthProviderBlock) = AuthProvider,
        /// `call`: a Slack call. Read-only.
        Call(CallBlock) = Call,
        /// `share_shortcut`: a workflow share card. Read-only.
        ShareShortcut(ShareShortcutBlock) = ShareShortcut,
    }
}

impl Block {
    /// The block's `block_id`, when it has one.
    pub fn block_id(&self) -> Option<&str> {
        match self {
            Self::Actions(b) => b.block_id.as_deref(),
            Self::Context(b) => b.block_id.as_deref(),
            Self::ContextActions(b) => b.block_id.as_deref(),
            Self::Divider(b) => b.block_id.as_deref(),
            Self::File(b) => b.block_id.as_deref(),
            Self::Header(b) => b.block_id.as_deref(),
            Self::Image(b) => b.block_id.as_deref(),
            Self::Input(b) => b.block_id.as_deref(),
            Self::Markdown(b) => b.block_id.as_deref(),
            Self::RichText(b) => b.block_id.as_deref(),
            Self::Section(b) => b.block_id.as_deref(),
            Self::Table(b) => b.block_id.as_deref(),
            Self::Video(b) => b.block_id.as_deref(),
            Self::Alert(b) => b.block_id.as_deref(),
            Self::Card(b) => b.block_id.as_deref(),
            Self::Carousel(b) => b.block_id.as_deref(),
            Self::Container(b) => b.block_id.as_deref(),
            Self::DataTable(b) => b.block_id.as_deref(),
            Self::DataVisualization(b) => b.block_id.as_deref(),
            Self::Plan(b) => b.block_id.as_deref(),
            Self::TaskCard(b) => b.block_id.as_deref(),
            Self::AuthProvider(b) => b.block_id.as_deref(),
            Self::Call(b) => b.block_id.as_deref(),
            Self::ShareShortcut(b) => b.block_id.as_deref(),
            Self::Unknown(raw) => raw.0.get("block_id").and_then(serde_json::Value::as_str),
        }
    }

    /// Whether Slack accepts this block from apps. `file`, `call` and `share_shortcut` only
    /// appear in what Slack sends; an unknown type may or may not be accepted.
    pub fn is_sendable(&self) -> bool {
        !matches!(self, Self::File(_) | Self::Call(_) | Self::ShareShortcut(_))
    }
}
