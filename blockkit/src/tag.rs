//! The `"type"` tags of every typed object. Each struct that Slack tags carries one as a private
//! field, so a struct serializes completely on its own (`serde_json::to_string(&button)` includes
//! `"type": "button"`) and refuses JSON of another type.

type_tag! {
    PlainText = "plain_text";
    Mrkdwn = "mrkdwn";
    RawText = "raw_text";
    RawNumber = "raw_number";
    Icon = "icon";
    Url = "url";

    Actions = "actions";
    Context = "context";
    ContextActions = "context_actions";
    Divider = "divider";
    File = "file";
    Header = "header";
    Image = "image";
    Input = "input";
    Markdown = "markdown";
    RichText = "rich_text";
    Section = "section";
    Table = "table";
    Video = "video";
    Alert = "alert";
    Card = "card";
    Carousel = "carousel";
    Container = "container";
    DataTable = "data_table";
    DataVisualization = "data_visualization";
    Plan = "plan";
    TaskCard = "task_card";
    AuthProvider = "auth_provider";
    Call = "call";
    ShareShortcut = "share_shortcut";

    Button = "button";
    Checkboxes = "checkboxes";
    Datepicker = "datepicker";
    Datetimepicker = "datetimepicker";
    EmailTextInput = "email_text_input";
    FileInput = "file_input";
    StaticSelect = "static_select";
    ExternalSelect = "external_select";
    UsersSelect = "users_select";
    ConversationsSelect = "conversations_select";
    ChannelsSelect = "channels_select";
    MultiStaticSelect = "multi_static_select";
    MultiExternalSelect = "multi_external_select";
    MultiUsersSelect = "multi_users_select";
    MultiConversationsSelect = "multi_conversations_select";
    MultiChannelsSelect = "multi_channels_select";
    NumberInput = "number_input";
    Overflow = "overflow";
    PlainTextInput = "plain_text_input";
    RadioButtons = "radio_buttons";
    RichTextInput = "rich_text_input";
    Timepicker = "timepicker";
    UrlTextInput = "url_text_input";
    WorkflowButton = "workflow_button";
    FeedbackButtons = "feedback_buttons";
    IconButton = "icon_button";

    RichTextSection = "rich_text_section";
    RichTextList = "rich_text_list";
    RichTextPreformatted = "rich_text_preformatted";
    RichTextQuote = "rich_text_quote";
    Text = "text";
    Link = "link";
    Emoji = "emoji";
    User = "user";
    Usergroup = "usergroup";
    Channel = "channel";
    Team = "team";
    Broadcast = "broadcast";
    Color = "color";
    Date = "date";
    Canvas = "canvas";

    Pie = "pie";
    Bar = "bar";
    Area = "area";
    Line = "line";

    Modal = "modal";
    Home = "home";
    WorkflowStep = "workflow_step";
}
