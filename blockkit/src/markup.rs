//! The `blocks!` markup macro, and what its expansion uses at run time.

use std::fmt::Display;

use crate::Block;

/// Block Kit written as markup, checked at compile time.
///
/// Tags are named after Slack's `type`s, attributes after its fields, and children hold text and
/// lists. The value is the model, not JSON: a `Vec<Block>`, or a [`Message`](crate::Message), [`Modal`](crate::Modal) or
/// [`HomeTab`](crate::HomeTab) when the root is `<message>`, `<modal>` or `<home>`. It expands to the builder
/// calls you would write by hand.
///
/// ```
/// use blockkit::blocks;
///
/// let (service, env, logo) = ("api", "prod", "https://example.com/logo.png");
/// let blocks = blocks! {
///     <header>"Deploy of " {service} " finished"</header>
///     <section accessory=<image url={logo} alt="logo"/>>
///         <mrkdwn>"*" {service} "* is live in " {env}</mrkdwn>
///     </section>
///     <actions>
///         <button action_id="rollback" style="danger">"Roll back"</button>
///     </actions>
/// };
/// assert_eq!(blocks.len(), 3);
/// let json = serde_json::to_value(&blocks).unwrap();
/// assert_eq!(json[1]["text"]["text"], "*api* is live in prod");
/// ```
///
/// # Mistakes are compile errors
///
/// Each on the token that is wrong, all of them at once: an unknown tag or attribute (with the
/// closest name suggested), a missing required attribute or child, an element a block does not
/// take (`<plain_text_input>` in `<actions>`), a block the surface does not take (`<markdown>`
/// in a `<modal>`), literal text over its limit and literal lists over their count, a literal
/// `block_id` or `action_id` used twice, an invalid literal enum value (`style="secondary"`),
/// date (`initial_date="2026-13-01"`) or time, mrkdwn where only plain_text is allowed. The
/// limits are those of the one table that validation uses.
///
/// # Values from run time are validated at run time
///
/// What comes from `{expr}` cannot be checked at compile time: `.build()` on the surface (or
/// [`Validate::validate`](crate::Validate::validate) on anything) checks it, with every rule.
///
/// ```
/// use blockkit::blocks;
///
/// let title = "A title much longer than a modal allows";
/// let error = blocks! {
///     <modal title={title}>
///         <section>"Hello"</section>
///     </modal>
/// }
/// .build()
/// .unwrap_err();
/// assert_eq!(error.violations()[0].pointer, "/title/text");
/// ```
///
/// # The grammar, one construct at a time
///
/// **Blocks** are tags; a bare list of them is a `Vec<Block>`.
///
/// ```
/// let blocks = blockkit::blocks! {
///     <header>"Status"</header>
///     <divider/>
/// };
/// assert_eq!(blocks[1].type_name(), "divider");
/// ```
///
/// **Text** is children: string literals and `{expr}` are concatenated. Bare text is
/// plain_text; `<mrkdwn>` makes mrkdwn and `<plain emoji>` sets `emoji`. An interpolation in text
/// needs [`Display`](std::fmt::Display).
///
/// ```
/// let count = 3;
/// let blocks = blockkit::blocks! {
///     <section>"You have " {count} " tasks"</section>
///     <section><mrkdwn verbatim>"*bold* " {count}</mrkdwn></section>
/// };
/// let json = serde_json::to_value(&blocks).unwrap();
/// assert_eq!(json[0]["text"], serde_json::json!({"type": "plain_text", "text": "You have 3 tasks"}));
/// assert_eq!(json[1]["text"]["text"], "*bold* 3");
/// ```
///
/// **mrkdwn escapes interpolations**: `&`, `<` and `>` in an `{expr}` inside `<mrkdwn>` are
/// escaped, so text from users cannot `@channel` anyone or disguise a link. Literals are markup,
/// written as is. [`raw_mrkdwn`] is the one opt-in for markup built at run time.
///
/// ```
/// let name = "<!channel> & friends";
/// let link = format!("<{}|the docs>", "https://example.com");
/// let blocks = blockkit::blocks! {
///     <section><mrkdwn>"*" {name} "* read " {blockkit::raw_mrkdwn(&link)}</mrkdwn></section>
/// };
/// let json = serde_json::to_value(&blocks).unwrap();
/// assert_eq!(
///     json[0]["text"]["text"],
///     "*&lt;!channel&gt; &amp; friends* read <https://example.com|the docs>"
/// );
/// ```
///
/// **Attributes** are the builder's setters, named after the Slack field: a literal, a bare name
/// (`true`), or `{expr}`, which is passed to the setter and needs its parameter type.
///
/// ```
/// let id = String::from("approve");
/// let blocks = blockkit::blocks! {
///     <actions block_id="decision">
///         <button action_id={id} style="primary" value="yes">"Approve"</button>
///     </actions>
/// };
/// let json = serde_json::to_value(&blocks).unwrap();
/// assert_eq!(json[0]["elements"][0]["style"], "primary");
/// ```
///
/// **Elements and objects as attribute values**: `accessory=<.../>`, `confirm=<confirm ...>`,
/// `placeholder=<plain emoji>"..."</plain>`.
///
/// ```
/// let blocks = blockkit::blocks! {
///     <section accessory=<button action_id="delete" style="danger"
///         confirm=<confirm title="Sure?" confirm="Delete" deny="Keep">"It cannot be undone."</confirm>
///     >"Delete"</button>>
///         "Old report"
///     </section>
/// };
/// let json = serde_json::to_value(&blocks).unwrap();
/// assert_eq!(json[0]["accessory"]["confirm"]["deny"]["text"], "Keep");
/// ```
///
/// **`{expr}` among blocks** takes anything that is [`IntoBlocks`]: a block, an `Option` of
/// one, a `Vec` or any iterator of blocks — the way to use a function that returns blocks.
///
/// ```
/// use blockkit::{blocks, Block, DividerBlock};
///
/// fn footer(note: &str) -> Vec<Block> {
///     blocks! { <divider/> <context><plain>{note}</plain></context> }
/// }
/// let extra: Option<DividerBlock> = None;
/// let blocks = blocks! {
///     <header>"Report"</header>
///     {extra}
///     {footer("generated")}
/// };
/// assert_eq!(blocks.len(), 3);
/// ```
///
/// **`{expr}` among elements** is one element the container takes: an `<actions>` child needs
/// [`ActionsElement`](crate::ActionsElement), a `<context>` child
/// [`ContextItem`](crate::ContextItem), and so on.
///
/// ```
/// use blockkit::Button;
///
/// let extra = Button::new("More").action_id("more");
/// let blocks = blockkit::blocks! { <actions><button>"Go"</button>{extra}</actions> };
/// assert_eq!(serde_json::to_value(&blocks).unwrap()[0]["elements"][1]["action_id"], "more");
/// ```
///
/// **`if`/`else`** (with `else if` and `if let`), anywhere children go.
///
/// ```
/// let (failed, reason) = (true, Some("timeout"));
/// let blocks = blockkit::blocks! {
///     if failed {
///         <header>"Failed"</header>
///         if let Some(reason) = reason { <section>"Reason: " {reason}</section> }
///     } else {
///         <header>"Passed"</header>
///     }
/// };
/// assert_eq!(blocks.len(), 2);
/// ```
///
/// **`for`** repeats its body.
///
/// ```
/// let choices = ["red", "green"];
/// let blocks = blockkit::blocks! {
///     <actions>
///         for choice in choices {
///             <button action_id={choice} value={choice}>{choice}</button>
///         }
///     </actions>
/// };
/// assert_eq!(serde_json::to_value(&blocks).unwrap()[0]["elements"][1]["value"], "green");
/// ```
///
/// **`match`**, each arm a `{ ... }` of markup.
///
/// ```
/// enum Status { Up, Down(u32) }
/// let status = Status::Down(3);
/// let blocks = blockkit::blocks! {
///     match status {
///         Status::Up => { <section>"All good"</section> }
///         Status::Down(minutes) if minutes > 5 => { <header>"Outage"</header> }
///         Status::Down(minutes) => { <section>"Down for " {minutes} " min"</section> }
///     }
/// };
/// assert_eq!(serde_json::to_value(&blocks).unwrap()[0]["text"]["text"], "Down for 3 min");
/// ```
///
/// **Components** are tags named with a capital letter or a path: a struct that implements
/// [`Component`], its attributes the struct's fields.
///
/// ```
/// use blockkit::{blocks, Block, Component, IntoBlocks};
///
/// struct DeployCard<'a> { service: &'a str, ok: bool }
///
/// impl Component for DeployCard<'_> {
///     fn render(self) -> impl IntoBlocks {
///         blocks! { <section><mrkdwn>"*" {self.service} "*: " {if self.ok { "ok" } else { "failed" }}</mrkdwn></section> }
///     }
/// }
///
/// let blocks: Vec<Block> = blocks! { <DeployCard service="api" ok/> };
/// assert_eq!(serde_json::to_value(&blocks).unwrap()[0]["text"]["text"], "*api*: ok");
/// ```
///
/// **Surfaces** are roots: `<message>`, `<modal title>` and `<home>`; their attributes are the
/// surface's fields. A surface's blocks are checked against it (no `<markdown>` in a modal).
///
/// ```
/// let modal = blockkit::blocks! {
///     <modal title="Feedback" submit="Send" callback_id="feedback">
///         <input label="Your feedback" block_id="fb">
///             <plain_text_input action_id="text" multiline/>
///         </input>
///     </modal>
/// };
/// let modal = modal.build().unwrap();
/// assert_eq!(serde_json::to_value(&*modal).unwrap()["submit"]["text"], "Send");
/// ```
///
/// **Lists inside blocks**: `<option>`s in menus, `<fields>` in a section, `<row>`s of cells in a
/// table, sub-elements and inline elements in rich text (a string in a `<rich_text_section>` is
/// a `text` element).
///
/// ```
/// let blocks = blockkit::blocks! {
///     <section>
///         <fields><mrkdwn>"*Env*"</mrkdwn><plain>"prod"</plain></fields>
///         <static_select action_id="env" placeholder="Pick one">
///             <option value="prod">"Production"</option>
///             <option value="dev">"Development"</option>
///         </static_select>
///     </section>
///     <rich_text>
///         <rich_text_section>"Hi " <user user_id="U0123"/> <text bold>"!"</text></rich_text_section>
///         <rich_text_list style="bullet">"one" "two"</rich_text_list>
///     </rich_text>
///     <table><row>"Name" "Count"</row><row>"a" <raw_number value=1>"1"</raw_number></row></table>
/// };
/// let json = serde_json::to_value(&blocks).unwrap();
/// assert_eq!(json[1]["elements"][0]["elements"][1]["user_id"], "U0123");
/// assert_eq!(json[2]["rows"][1][1]["value"], 1);
/// ```
///
/// The expansion is the builder chain you would write: literal text is passed as
/// `&'static str` (no formatting), an interpolated text is one `String` sized from its literals,
/// lists of static children are arrays.
#[doc(inline)]
pub use blockkit_macros::blocks;

/// What may stand among blocks as `{expr}` in [`blocks!`](crate::blocks!): a block, an `Option`
/// of one, a `Vec` or any iterator of blocks.
///
/// ```
/// use blockkit::{Block, DividerBlock, IntoBlocks};
///
/// let blocks: Vec<Block> = Some(DividerBlock::new()).into_blocks().collect();
/// assert_eq!(blocks.len(), 1);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be used as blocks in `blocks!`",
    label = "expected a block, an `Option` of one, or an iterator of blocks",
    note = "among blocks, `{{...}}` takes a block (`SectionBlock`, `Block`, ...), an `Option`, a `Vec` or an iterator of blocks; text goes inside a tag: `<section>{{...}}</section>`"
)]
pub trait IntoBlocks {
    /// The iterator of blocks.
    type IntoIter: Iterator<Item = Block>;

    /// The blocks.
    fn into_blocks(self) -> Self::IntoIter;
}

impl<I> IntoBlocks for I
where
    I: IntoIterator,
    I::Item: Into<Block>,
{
    type IntoIter = std::iter::Map<I::IntoIter, fn(I::Item) -> Block>;

    fn into_blocks(self) -> Self::IntoIter {
        self.into_iter().map(Into::into)
    }
}

macro_rules! single_blocks {
    ($($ty:ident),+ $(,)?) => {$(
        impl IntoBlocks for crate::$ty {
            type IntoIter = std::iter::Once<Block>;

            fn into_blocks(self) -> Self::IntoIter {
                std::iter::once(self.into())
            }
        }
    )+};
}

single_blocks!(
    Block,
    ActionsBlock,
    AlertBlock,
    AuthProviderBlock,
    CardBlock,
    CarouselBlock,
    ContainerBlock,
    ContextActionsBlock,
    ContextBlock,
    DataTableBlock,
    DataVisualizationBlock,
    DividerBlock,
    FileBlock,
    HeaderBlock,
    ImageBlock,
    InputBlock,
    MarkdownBlock,
    PlanBlock,
    RichTextBlock,
    SectionBlock,
    TableBlock,
    TaskCardBlock,
    VideoBlock,
    CallBlock,
    ShareShortcutBlock,
);

/// A reusable piece of markup: a struct whose fields are the attributes, used in
/// [`blocks!`](crate::blocks!) as a tag named after the struct.
///
/// ```
/// use blockkit::{blocks, Component, IntoBlocks};
///
/// struct Notice { text: String }
///
/// impl Component for Notice {
///     fn render(self) -> impl IntoBlocks {
///         blocks! { <divider/> <section>{self.text}</section> }
///     }
/// }
///
/// let blocks = blocks! { <Notice text={"Maintenance at 10:00".to_owned()}/> };
/// assert_eq!(blocks.len(), 2);
/// ```
pub trait Component {
    /// The blocks this component stands for.
    fn render(self) -> impl IntoBlocks;
}

/// Markup built at run time, put into `<mrkdwn>` unescaped: see [`raw_mrkdwn`].
#[derive(Clone, Copy, Debug)]
pub struct RawMrkdwn<T>(pub T);

/// Marks an interpolation in `<mrkdwn>` as markup, used **unescaped**: the one opt-in. Whatever
/// is in it — `<!channel>`, `<https://evil.example|your bank>` — Slack renders. Escape the parts
/// that come from users with [`escape`](crate::escape).
///
/// ```
/// let mention = format!("<@{}>", "U0123");
/// let blocks = blockkit::blocks! {
///     <section><mrkdwn>"Ping " {blockkit::raw_mrkdwn(mention)}</mrkdwn></section>
/// };
/// assert_eq!(serde_json::to_value(&blocks).unwrap()[0]["text"]["text"], "Ping <@U0123>");
/// ```
pub fn raw_mrkdwn<T: Display>(markup: T) -> RawMrkdwn<T> {
    RawMrkdwn(markup)
}

/// The run-time support of the `blocks!` expansion. Not a public API.
#[doc(hidden)]
pub mod __private;
