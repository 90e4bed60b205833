//! Every block and every element of the model, built through `blocks!`: the JSON is snapshotted,
//! is valid (no errors), and parses back to the same value.

use blockkit::{Message, Modal, Validate, blocks};

use super::json;

/// Every block (but `file`, which apps cannot send: a compile error) and the elements that go in
/// messages.
#[allow(
    clippy::too_many_lines,
    reason = "one payload with every block, read top to bottom"
)]
fn message() -> Message {
    let categories = ["Mon", "Tue"];
    blocks! {
        <message text="Every block">
            <header block_id="header">"Header"</header>
            <section block_id="section" expand accessory=<button action_id="b1" url="https://example.com"
                value="v" style="primary" accessibility_label="Go" agent_prompt="p"
                agent_prompt_display="d" visible_to_user_ids="U1">"Go"</button>>
                <mrkdwn verbatim>"*Section*"</mrkdwn>
                <fields><plain>"f1"</plain><mrkdwn>"*f2*"</mrkdwn></fields>
            </section>
            <section><plain>"Overflow"</plain>
                <overflow action_id="o">
                    <option value="1" url="https://example.com/1">"One"</option>
                    <option value="2">"Two"</option>
                </overflow>
            </section>
            <section>"Image"<image url="https://example.com/a.png" alt="a"/></section>
            <actions block_id="actions">
                <workflow_button action_id="wf" style="danger" accessibility_label="Run"
                    workflow=<workflow><trigger url="https://slack.com/shortcuts/Ft0/abc">
                        <input_parameter name="who" value="me"/>
                    </trigger></workflow>
                    confirm=<confirm title="Run?" confirm="Run" deny="Stop">"Runs it"</confirm>>"Run"</workflow_button>
                <checkboxes action_id="cb" focus_on_load=false initial_options=<option value="a">"A"</option>>
                    <option value="a">"A"</option>
                    <option value="b" description="bee">"B"</option>
                </checkboxes>
                <radio_buttons action_id="rb" initial_option=<option value="a">"A"</option>>
                    <option value="a">"A"</option>
                </radio_buttons>
                <datepicker action_id="dp" initial_date="2026-01-31" placeholder="Date"/>
                <datetimepicker action_id="dtp" initial_date_time=1_628_633_820/>
                <timepicker action_id="tp" initial_time="09:30" timezone="Europe/Paris" placeholder="Time"/>
                <static_select action_id="ss" placeholder="Pick">
                    <option_group label="Group"><option value="g">"G"</option></option_group>
                </static_select>
                <external_select action_id="es" min_query_length=2 initial_option=<option value="e">"E"</option>/>
                <users_select action_id="us" initial_user="U1"/>
                <conversations_select action_id="cs" initial_conversation="C1"
                    default_to_current_conversation response_url_enabled=false
                    filter=<filter include="public,private" exclude_bot_users/>/>
                <channels_select action_id="chs" initial_channel="C2"/>
                <multi_static_select action_id="mss" max_selected_items=2>
                    <option value="m">"M"</option>
                </multi_static_select>
                <multi_external_select action_id="mes" min_query_length=1/>
                <multi_users_select action_id="mus" initial_users="U1"/>
                <multi_conversations_select action_id="mcs" initial_conversations="C1"
                    filter=<filter exclude_external_shared_channels/>/>
                <multi_channels_select action_id="mchs" initial_channels="C1"/>
            </actions>
            <context block_id="context">
                <plain>"plain"</plain><mrkdwn>"*mrkdwn*"</mrkdwn>
                <image url="https://example.com/c.png" alt="c"/>
            </context>
            <context_actions>
                <feedback_buttons action_id="fb"
                    positive_button=<feedback_button value="up" accessibility_label="Good">"Good"</feedback_button>
                    negative_button=<feedback_button value="down">"Bad"</feedback_button>/>
                <icon_button icon="trash" action_id="del" value="1" accessibility_label="Delete"
                    visible_to_user_ids="U1">"Delete"</icon_button>
            </context_actions>
            <divider block_id="divider"/>
            <image block_id="image" url="https://example.com/i.png" alt="i" title="Title"/>
            <image slack_file=<slack_file id="F1"/> alt="file"/>
            <input label="Label" hint="Hint" optional dispatch_action block_id="input">
                <plain_text_input action_id="pti" initial_value="x" multiline min_length=1
                    max_length=10 focus_on_load placeholder="Type"
                    dispatch_action_config=<dispatch_action_config trigger_actions_on="on_enter_pressed"/>/>
            </input>
            <markdown block_id="markdown">"**Markdown**"</markdown>
            <rich_text block_id="rich_text">
                <rich_text_section>
                    "t" <text bold italic strike code underline>"s"</text>
                    <link url="https://example.com" unsafe>"l"</link>
                    <emoji name="wave" unicode="1f44b" skin_tone=2/>
                    <user user_id="U1" highlight/> <usergroup usergroup_id="S1"/>
                    <channel channel_id="C1" unlink/> <team team_id="T1"/>
                    <broadcast range="here"/> <color value="#FF0000"/>
                    <date timestamp=1_628_633_820 format="{date_short}" fallback="then" url="https://example.com"/>
                </rich_text_section>
                <rich_text_list style="bullet" indent=1 offset=0 border=0>
                    <rich_text_section>"item"</rich_text_section>
                </rich_text_list>
                <rich_text_preformatted border=1 language="rust">"code"</rich_text_preformatted>
                <rich_text_quote border=1>"quote"</rich_text_quote>
            </rich_text>
            <table block_id="table">
                <column_settings align="right" is_wrapped/>
                <row>"a" <raw_text>"b"</raw_text></row>
                <row><raw_number value=1.5>"1.5"</raw_number>
                    <rich_text><rich_text_section>"r"</rich_text_section></rich_text></row>
            </table>
            <video block_id="video" alt_text="v" title="Video" thumbnail_url="https://example.com/t.png"
                video_url="https://example.com/v" title_url="https://example.com" description="About"
                author_name="Me" provider_name="P" provider_icon_url="https://example.com/p.png"/>
            <alert block_id="alert" level="warning">"Careful"</alert>
            <card block_id="card" hero_image=<image url="https://example.com/h.png" alt="h"/>
                slack_icon="star" title=<plain>"Card"</plain> subtitle=<mrkdwn>"_sub_"</mrkdwn>
                body=<plain>"Body"</plain> subtext=<plain>"More"</plain>>
                <button action_id="c1">"Open"</button>
            </card>
            <carousel block_id="carousel">
                <card icon=<image url="https://example.com/i.png" alt="i"/> title=<plain>"One"</plain>/>
            </carousel>
            <container title="Box" subtitle=<plain>"Sub"</plain> width="wide" is_collapsible
                default_collapsed icon=<image url="https://example.com/b.png" alt="b"/>>
                <section>"Inside"</section>
            </container>
            <container rich_text_title=<rich_text><rich_text_section>"Rich"</rich_text_section></rich_text>
                has_header_divider>
                <divider/>
            </container>
            <data_table block_id="dt" caption="Sales" page_size=10 row_header_column_index=0>
                <row>"Day" "Total"</row>
                <row>"Mon" <raw_number value=3>"3"</raw_number></row>
            </data_table>
            <data_visualization title="Pie">
                <pie><segment label="a" value=1/><segment label="b" value=2.5/></pie>
            </data_visualization>
            <data_visualization title="Bar">
                <bar axis_config=<axis_config categories={categories} x_label="Day" y_label="Count"/>>
                    <series name="s"><point label="Mon" value=1/><point label="Tue" value=2/></series>
                </bar>
            </data_visualization>
            <data_visualization title="Area">
                <area axis_config=<axis_config categories={categories}/>>
                    <series name="s"><point label="Mon" value=1/></series>
                </area>
            </data_visualization>
            <data_visualization title="Line">
                <line axis_config=<axis_config categories={categories}/>>
                    <series name="s"><point label="Tue" value=-1/></series>
                </line>
            </data_visualization>
            <plan block_id="plan" title="Plan">
                <task_card task_id="t1" title="Step" status="in_progress"
                    details=<rich_text><rich_text_section>"d"</rich_text_section></rich_text>
                    output=<rich_text><rich_text_section>"o"</rich_text_section></rich_text>>
                    <url url="https://example.com">"Source"</url>
                </task_card>
            </plan>
            <task_card task_id="t2" title="Alone" status="complete"/>
            <auth_provider value="github" name="GitHub" is_connected=false description="Code"
                icon_url="https://example.com/g.png" auth_url="https://example.com/auth"
                disconnect_url="https://example.com/off" connected_identity="me"
                connected_context="org" accessory=<overflow><option value="x">"X"</option></overflow>>
                <section>"Fallback"</section>
            </auth_provider>
        </message>
    }
}

/// The input elements, in a modal.
fn modal() -> Modal {
    blocks! {
        <modal title="Inputs" submit="Save">
            <input label="Email"><email_text_input action_id="email" initial_value="a@b.c" placeholder="Email"/></input>
            <input label="URL"><url_text_input action_id="url" focus_on_load/></input>
            <input label="Number"><number_input is_decimal_allowed action_id="n" initial_value=1.5 min_value=0 max_value="10"/></input>
            <input label="File"><file_input action_id="file" filetypes="pdf" max_files=3/></input>
            <actions><rich_text_input action_id="rti" min_lines=1 max_lines=4/></actions>
            <input label="Rich">
                <rich_text_input action_id="rich" placeholder="Write"
                    initial_value=<rich_text><rich_text_section>"hi"</rich_text_section></rich_text>/>
            </input>
            <input label="Checks"><checkboxes action_id="c"><option value="1">"1"</option></checkboxes></input>
            <input label="Radio"><radio_buttons action_id="r"><option value="1">"1"</option></radio_buttons></input>
            <input label="Date"><datepicker action_id="d"/></input>
            <input label="Datetime"><datetimepicker action_id="dt"/></input>
            <input label="Time"><timepicker action_id="t"/></input>
            <input label="Users"><multi_users_select action_id="u"/></input>
        </modal>
    }
}

#[test]
fn every_block_and_element_in_a_message() {
    let message = message();
    let report = message.validate();
    let errors: Vec<_> = report.errors().collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let json = json(&message);
    let parsed: Message = blockkit::from_value(json.clone()).expect("parses back");
    assert_eq!(parsed, message);
    insta::assert_json_snapshot!(json);
}

#[test]
fn every_input_element_in_a_modal() {
    let modal = modal();
    let report = modal.validate();
    let errors: Vec<_> = report.errors().collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let json = json(&modal);
    let parsed: Modal = blockkit::from_value(json.clone()).expect("parses back");
    assert_eq!(parsed, modal);
    insta::assert_json_snapshot!(json);
}
