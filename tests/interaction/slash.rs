//! The slash-command form post.

use blockkit::interaction::SlashCommand;

use super::fixture_text;

#[test]
fn a_slash_command_is_decoded() {
    let body = fixture_text("slash_command.txt");
    let command = SlashCommand::from_form(body.trim_end().as_bytes()).unwrap();
    assert_eq!(command.command, "/bug");
    assert_eq!(
        command.text,
        "checkout & payments: 50% fail <#C0PQRS12345|support>"
    );
    assert_eq!(command.arguments().next(), Some("checkout"));
    assert_eq!(command.user_id, "U0456GHIJKL");
    assert_eq!(command.channel_name, "support");
    assert_eq!(command.team_domain, "acme-eng");
    assert_eq!(command.is_enterprise_install, Some(false));
    assert_eq!(command.enterprise_id, None);
    assert!(
        command
            .response_url
            .starts_with("https://hooks.slack.com/commands/")
    );
    assert!(command.extra.is_empty());
}

#[test]
fn a_slash_command_round_trips_as_a_form() {
    let body = fixture_text("slash_command.txt");
    let body = body.trim_end();
    let command = SlashCommand::from_form(body.as_bytes()).unwrap();
    assert_eq!(command.to_form(), body, "written back as Slack sent it");
}

#[test]
fn unknown_fields_and_plus_signs() {
    let command =
        SlashCommand::from_form(b"command=%2Fdeploy&text=api+v2%2B&user_id=U1&new_field=a+b")
            .unwrap();
    assert_eq!(command.text, "api v2+");
    assert_eq!(command.extra["new_field"], "a b");
    assert_eq!(command.channel_id, "", "absent fields are empty");
    assert!(command.to_form().ends_with("&new_field=a+b"));
}

#[test]
fn a_form_without_command_is_refused() {
    let error = SlashCommand::from_form(b"text=hello&user_id=U1").unwrap_err();
    assert!(
        error.to_string().contains("missing field `command`"),
        "{error}"
    );
    let error = SlashCommand::from_form(b"command=%2Fx&is_enterprise_install=maybe").unwrap_err();
    assert_eq!(error.path(), "is_enterprise_install", "{error}");
}
