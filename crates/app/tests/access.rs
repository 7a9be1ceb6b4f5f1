//! Every authorisation rule of the application layer, both ways: a visitor who may and one who
//! may not, against a real store on SQLite. Making any rule of `teilhabe_domain::access` always
//! true or always false fails one of these tests.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use bytes::Bytes;
use jiff::{SignedDuration, Timestamp};
use teilhabe_app::accounts::passwords::Hashing;
use teilhabe_app::accounts::{self, NewAccount};
use teilhabe_app::measures;
use teilhabe_app::measures::export::FileFormat;
use teilhabe_app::monitoring::importing::{
    CubesUpload, ImportFailure, ImportRun, Parsing, TableUpload, import_cubes, import_table,
};
use teilhabe_app::monitoring::proposing::{ProposalUpload, propose_mapping};
use teilhabe_app::{Actor, AppError, Clock};
use teilhabe_domain::access::{Principal, Role, Visitor};
use teilhabe_domain::concept::parse_concept;
use teilhabe_domain::measure::MeasureContent;
use teilhabe_domain::text::Text;
use teilhabe_store::measures::MeasureFilter;
use teilhabe_store::{AuditFilter, DatabaseUrl, Store, UserChange};
use teilhabe_testkit::{Backend, TestDatabase, workspace_root};

const CITY: &str = "musterstadt";

struct Fixture {
    store: Store,
    clock: Clock,
    admin: Visitor,
    _database: TestDatabase,
}

/// A store with the Musterstadt concept and one administrator account.
async fn fixture() -> Fixture {
    let database = TestDatabase::new(Backend::Sqlite).await;
    let store = Store::open(&DatabaseUrl::parse(&database.url).unwrap())
        .await
        .unwrap();
    let clock = Clock::fixed("2026-06-01T08:00:00Z".parse::<Timestamp>().unwrap());
    let source =
        std::fs::read_to_string(workspace_root().join("data/concept/musterstadt.toml")).unwrap();
    let concept = parse_concept(&source).unwrap();
    store
        .save_concept(&concept, "test", clock.now())
        .await
        .unwrap();
    let admin = accounts::create_user(
        &store,
        &Hashing::new(1),
        &Actor::Operator("cli:test".into()),
        NewAccount {
            login: "admin".into(),
            display_name: String::new(),
            password: "ein sicheres Passwort".into(),
            role: Role::Administrator,
            field: None,
        },
        clock.now(),
    )
    .await
    .unwrap();
    Fixture {
        store,
        clock,
        admin: signed_as(admin.id, "admin", Role::Administrator, None),
        _database: database,
    }
}

fn signed_as(user_id: i64, login: &str, role: Role, field: Option<&str>) -> Visitor {
    Visitor::Signed(Principal {
        user_id,
        login: login.into(),
        role,
        field: field.map(str::to_owned),
        actor: format!("user:{login}"),
    })
}

fn signed(role: Role, field: Option<&str>) -> Visitor {
    signed_as(99, role.as_str(), role, field)
}

fn token_request(name: &str, role: Role, field: Option<&str>) -> accounts::TokenRequest {
    accounts::TokenRequest {
        name: name.into(),
        role,
        field: field.map(str::to_owned),
        institution: None,
        lifetime: SignedDuration::from_hours(24),
    }
}

fn measure(title: &str, field: &str, recommendation: &str, published: bool) -> MeasureContent {
    MeasureContent {
        published,
        ..MeasureContent::new(
            Text::german(title),
            field.into(),
            vec![recommendation.into()],
        )
    }
}

fn assert_refused<T: std::fmt::Debug>(result: Result<T, AppError>) {
    match result {
        Err(AppError::Forbidden(_) | AppError::Unauthenticated) => {}
        other => panic!("expected a refusal, got {other:?}"),
    }
}

// --- measures -------------------------------------------------------------------------------

#[tokio::test]
async fn the_public_sees_published_measures_only_and_accounts_see_all() {
    let f = fixture().await;
    let now = f.clock.now();
    let public = measures::create(
        &f.store,
        &f.admin,
        CITY,
        &measure("Offen", "sprache", "sprache-1", true),
        now,
    )
    .await
    .unwrap();
    let draft = measures::create(
        &f.store,
        &f.admin,
        CITY,
        &measure("Entwurf", "sprache", "sprache-2", false),
        now,
    )
    .await
    .unwrap();
    let titles = |list: Vec<teilhabe_domain::measure::Measure>| {
        list.into_iter()
            .map(|m| m.content.title.german_text().to_owned())
            .collect::<Vec<_>>()
    };

    let seen = measures::list_visible(&f.store, &Visitor::Public, CITY, MeasureFilter::default())
        .await
        .unwrap();
    assert_eq!(titles(seen), ["Offen"]);
    let viewer = signed(Role::Viewer, None);
    let mut seen = titles(
        measures::list_visible(&f.store, &viewer, CITY, MeasureFilter::default())
            .await
            .unwrap(),
    );
    seen.sort();
    assert_eq!(seen, ["Entwurf", "Offen"]);

    // One measure: the draft does not exist for the public, it does for an account.
    assert!(matches!(
        measures::get_visible(&f.store, &Visitor::Public, CITY, draft.id).await,
        Err(AppError::NotFound)
    ));
    assert_eq!(
        measures::get_visible(&f.store, &viewer, CITY, draft.id)
            .await
            .unwrap()
            .id,
        draft.id
    );
    assert_eq!(
        measures::get_visible(&f.store, &Visitor::Public, CITY, public.id)
            .await
            .unwrap()
            .id,
        public.id
    );

    // The export file follows the same rule.
    let file = |visitor: Visitor| {
        let store = f.store.clone();
        async move {
            String::from_utf8(
                measures::export_file(
                    &store,
                    &visitor,
                    CITY,
                    MeasureFilter::default(),
                    FileFormat::Csv,
                )
                .await
                .unwrap(),
            )
            .unwrap()
        }
    };
    let for_public = file(Visitor::Public).await;
    assert!(
        for_public.contains("Offen") && !for_public.contains("Entwurf"),
        "{for_public}"
    );
    let for_viewer = file(viewer.clone()).await;
    assert!(
        for_viewer.contains("Offen") && for_viewer.contains("Entwurf"),
        "{for_viewer}"
    );
}

#[tokio::test]
async fn editors_change_their_own_fields_measures_and_not_others() {
    let f = fixture().await;
    let now = f.clock.now();
    let editor = signed(Role::Editor, Some("sprache"));

    let own = measures::create(
        &f.store,
        &editor,
        CITY,
        &measure("Sprachcafé", "sprache", "sprache-1", false),
        now,
    )
    .await
    .unwrap();
    assert_refused(
        measures::create(
            &f.store,
            &editor,
            CITY,
            &measure("Jobmesse", "arbeit", "arbeit-1", false),
            now,
        )
        .await,
    );
    let other = measures::create(
        &f.store,
        &f.admin,
        CITY,
        &measure("Jobmesse", "arbeit", "arbeit-1", false),
        now,
    )
    .await
    .unwrap();

    let mut changed = own.content.clone();
    changed.progress = 40;
    let updated = measures::update(&f.store, &editor, CITY, own.id, own.version, &changed, now)
        .await
        .unwrap();
    assert_eq!(updated.content.progress, 40);
    let mut foreign = other.content.clone();
    foreign.progress = 40;
    assert_refused(
        measures::update(
            &f.store,
            &editor,
            CITY,
            other.id,
            other.version,
            &foreign,
            now,
        )
        .await,
    );
    // Moving an own measure to another working group is changing that group too.
    let mut moved = updated.content.clone();
    moved.working_group = "arbeit".into();
    assert_refused(
        measures::update(
            &f.store,
            &editor,
            CITY,
            own.id,
            updated.version,
            &moved,
            now,
        )
        .await,
    );

    assert_refused(measures::delete(&f.store, &editor, CITY, other.id, None, now).await);
    measures::delete(&f.store, &editor, CITY, own.id, None, now)
        .await
        .unwrap();
    assert!(f.store.measure(CITY, own.id).await.unwrap().is_none());
    assert!(f.store.measure(CITY, other.id).await.unwrap().is_some());

    // Viewers, statisticians and the public change nothing; the public is asked to sign in.
    for visitor in [signed(Role::Viewer, None), signed(Role::Statistician, None)] {
        assert!(matches!(
            measures::create(
                &f.store,
                &visitor,
                CITY,
                &measure("X", "arbeit", "arbeit-1", false),
                now
            )
            .await,
            Err(AppError::Forbidden(_))
        ));
    }
    assert!(matches!(
        measures::create(
            &f.store,
            &Visitor::Public,
            CITY,
            &measure("X", "arbeit", "arbeit-1", false),
            now
        )
        .await,
        Err(AppError::Unauthenticated)
    ));
}

#[test]
fn administrators_and_editors_with_a_field_start_new_measures_and_others_do_not() {
    for allowed in [
        signed(Role::Administrator, None),
        signed(Role::Editor, Some("sprache")),
    ] {
        assert!(measures::may_start_new(&allowed).is_ok(), "{allowed:?}");
    }
    for refused in [
        signed(Role::Editor, None),
        signed(Role::Viewer, None),
        signed(Role::Statistician, None),
    ] {
        assert!(
            matches!(
                measures::may_start_new(&refused),
                Err(AppError::Forbidden(_))
            ),
            "{refused:?}"
        );
    }
    assert!(matches!(
        measures::may_start_new(&Visitor::Public),
        Err(AppError::Unauthenticated)
    ));
}

#[tokio::test]
async fn only_who_may_edit_a_field_links_its_recommendations() {
    let f = fixture().await;
    let now = f.clock.now();
    let editor = signed(Role::Editor, Some("sprache"));
    let mut cross = measure("Sprachkurs im Betrieb", "sprache", "sprache-1", false);
    cross.recommendations.push("arbeit-1".into());
    match measures::create(&f.store, &editor, CITY, &cross, now).await {
        Err(AppError::Forbidden(message)) => assert!(message.contains("arbeit-1"), "{message}"),
        other => panic!("{other:?}"),
    }
    // An administrator may link across fields; the editor then keeps the existing link.
    let created = measures::create(&f.store, &f.admin, CITY, &cross, now)
        .await
        .unwrap();
    let mut changed = created.content.clone();
    changed.progress = 10;
    measures::update(
        &f.store,
        &editor,
        CITY,
        created.id,
        created.version,
        &changed,
        now,
    )
    .await
    .unwrap();
}

// --- accounts -------------------------------------------------------------------------------

#[tokio::test]
async fn administrators_manage_accounts_and_tokens_and_others_do_not() {
    let f = fixture().await;
    let now = f.clock.now();
    let hashing = Hashing::new(1);
    let admin = Actor::Visitor(f.admin.clone());
    let account = |login: &str| NewAccount {
        login: login.into(),
        display_name: String::new(),
        password: "noch ein gutes Passwort".into(),
        role: Role::Viewer,
        field: None,
    };

    let created = accounts::create_user(&f.store, &hashing, &admin, account("bea"), now)
        .await
        .unwrap();
    assert_eq!(created.display_name, "bea");
    for refused in [
        Actor::Visitor(signed(Role::Editor, Some("sprache"))),
        Actor::Visitor(signed(Role::Viewer, None)),
        Actor::Visitor(signed(Role::Statistician, None)),
    ] {
        assert_refused(
            accounts::create_user(&f.store, &hashing, &refused, account("carl"), now).await,
        );
        assert_refused(accounts::list_users(&f.store, &refused).await);
        assert_refused(accounts::list_tokens(&f.store, &refused).await);
        assert_refused(
            accounts::update_user(
                &f.store,
                &refused,
                created.id,
                &UserChange {
                    display_name: "x".into(),
                    role: Role::Administrator,
                    field: None,
                    active: true,
                },
                now,
            )
            .await,
        );
    }
    assert!(matches!(
        accounts::list_users(&f.store, &Actor::Visitor(Visitor::Public)).await,
        Err(AppError::Unauthenticated)
    ));
    let logins: Vec<String> = accounts::list_users(&f.store, &admin)
        .await
        .unwrap()
        .into_iter()
        .map(|u| u.login)
        .collect();
    assert_eq!(logins, ["admin", "bea"]);

    // Tokens: an administrator creates and revokes them, an editor does neither.
    let editor = signed(Role::Editor, Some("sprache"));
    assert_refused(
        accounts::create_token(
            &f.store,
            &editor,
            token_request("skript", Role::Viewer, None),
            now,
        )
        .await,
    );
    let token = accounts::create_token(
        &f.store,
        &f.admin,
        token_request("skript", Role::Viewer, None),
        now,
    )
    .await
    .unwrap();
    assert!(token.secret.starts_with("thb_"));
    assert_eq!(token.expires, now + SignedDuration::from_hours(24));
    assert_refused(accounts::revoke_token(&f.store, &Actor::Visitor(editor), token.id, now).await);
    assert_eq!(
        accounts::list_tokens(&f.store, &admin).await.unwrap()[0].revoked_at,
        None
    );
    accounts::revoke_token(&f.store, &admin, token.id, now)
        .await
        .unwrap();
    assert!(
        accounts::list_tokens(&f.store, &admin).await.unwrap()[0]
            .revoked_at
            .is_some()
    );

    // An administrator cannot lock themselves out.
    let own = accounts::update_user(
        &f.store,
        &admin,
        f.admin.principal().unwrap().user_id,
        &UserChange {
            display_name: "Admin".into(),
            role: Role::Viewer,
            field: None,
            active: true,
        },
        now,
    )
    .await;
    assert!(matches!(own, Err(AppError::Invalid(_))), "{own:?}");
}

#[tokio::test]
async fn administrators_read_the_audit_log_and_editors_do_not() {
    let f = fixture().await;
    let filter = AuditFilter::default();
    let records = accounts::read_audit_log(&f.store, &Actor::Visitor(f.admin.clone()), &filter)
        .await
        .unwrap();
    assert!(
        records.iter().any(|r| r.entry.action == "user.create"),
        "the administrator's own creation is logged"
    );
    assert_refused(
        accounts::read_audit_log(
            &f.store,
            &Actor::Visitor(signed(Role::Editor, Some("sprache"))),
            &filter,
        )
        .await,
    );
    assert_refused(
        accounts::read_audit_log(
            &f.store,
            &Actor::Visitor(signed(Role::Viewer, None)),
            &filter,
        )
        .await,
    );
}

#[tokio::test]
async fn new_accounts_need_a_good_password_and_a_valid_login() {
    let f = fixture().await;
    let operator = Actor::Operator("cli:test".into());
    let attempt = |login: &str, password: &str, role: Role, field: Option<&str>| NewAccount {
        login: login.into(),
        display_name: String::new(),
        password: password.into(),
        role,
        field: field.map(str::to_owned),
    };
    for (account, field) in [
        (attempt("dora", "kurz", Role::Viewer, None), "password"),
        (
            attempt("dora", "password123", Role::Viewer, None),
            "password",
        ),
        (
            attempt("Dora Meier", "ein langes Passwort", Role::Viewer, None),
            "login",
        ),
        (
            attempt("dora", "ein langes Passwort", Role::Editor, None),
            "field",
        ),
        (
            attempt("admin", "ein langes Passwort", Role::Viewer, None),
            "login",
        ),
    ] {
        match accounts::create_user(
            &f.store,
            &Hashing::new(1),
            &operator,
            account,
            f.clock.now(),
        )
        .await
        {
            Err(AppError::Invalid(problems)) => {
                assert_eq!(problems[0].field, field, "{problems:?}")
            }
            other => panic!("{other:?}"),
        }
    }
}

// --- monitoring -----------------------------------------------------------------------------

#[tokio::test]
async fn statisticians_and_administrators_import_and_viewers_and_editors_do_not() {
    let f = fixture().await;
    let parsing = Parsing::default();
    let folder = workspace_root().join("data/demo/monitoring");
    let mapping = std::fs::read_to_string(folder.join("auslaender-anteil.mapping.toml")).unwrap();
    let upload = TableUpload {
        file_name: "auslaender-anteil.csv",
        bytes: Bytes::from(std::fs::read(folder.join("auslaender-anteil.csv")).unwrap()),
        mapping_name: "auslaender-anteil.mapping.toml",
        mapping_text: &mapping,
    };
    let cubes = CubesUpload {
        name: "wuerfel",
        indicators: Bytes::from_static(b""),
        metadata: None,
    };
    for (actor, allowed) in [
        (Actor::Visitor(signed(Role::Statistician, None)), true),
        (Actor::Visitor(f.admin.clone()), true),
        (Actor::Operator("cli:test".into()), true),
        (Actor::Visitor(signed(Role::Viewer, None)), false),
        (Actor::Visitor(signed(Role::Editor, Some("sprache"))), false),
        (Actor::Visitor(Visitor::Public), false),
    ] {
        let run = ImportRun {
            city: Some(CITY),
            actor: &actor,
            dry_run: true,
            parsing: &parsing,
            now: f.clock.now(),
        };
        let table = import_table(&f.store, &upload, &run).await;
        let cube = import_cubes(&f.store, &cubes, &run).await;
        // Asking for a proposed mapping is allowed to exactly those who may import.
        let proposal = propose_mapping(
            &f.store,
            &ProposalUpload {
                file_name: upload.file_name,
                bytes: upload.bytes.clone(),
            },
            Some(CITY),
            &actor,
            &parsing,
        )
        .await;
        assert_eq!(
            matches!(proposal, Err(ImportFailure::Forbidden)),
            !allowed,
            "{actor:?}: {proposal:?}"
        );
        if allowed {
            // Past the permission check: the store has no indicator catalogue yet.
            assert!(
                matches!(table, Err(ImportFailure::Unready(_))),
                "{actor:?}: {table:?}"
            );
            assert!(
                matches!(cube, Err(ImportFailure::Unready(_))),
                "{actor:?}: {cube:?}"
            );
        } else {
            assert!(
                matches!(table, Err(ImportFailure::Forbidden)),
                "{actor:?}: {table:?}"
            );
            assert!(
                matches!(cube, Err(ImportFailure::Forbidden)),
                "{actor:?}: {cube:?}"
            );
        }
    }
}

#[tokio::test]
async fn the_edit_form_the_measure_page_and_link_refusal_ask_the_same_rules() {
    let f = fixture().await;
    let now = f.clock.now();
    let sprache = signed(Role::Editor, Some("sprache"));
    let arbeit = signed(Role::Editor, Some("arbeit"));
    // A language measure that also counts for work (an administrator links across fields).
    let mut content = measure("Sprachkurs im Betrieb", "sprache", "sprache-1", false);
    content.recommendations.push("arbeit-1".into());
    let shared = measures::create(&f.store, &f.admin, CITY, &content, now)
        .await
        .unwrap();
    // One that counts for work only.
    let only_work = measures::create(
        &f.store,
        &f.admin,
        CITY,
        &measure("Bewerbungstraining", "sprache", "arbeit-1", false),
        now,
    )
    .await
    .unwrap();

    // The edit form: allowed for the working group's editor, refused to another's; the public
    // does not learn that an unpublished measure exists.
    assert!(
        measures::editable(&f.store, &sprache, CITY, shared.id)
            .await
            .is_ok()
    );
    assert_refused(measures::editable(&f.store, &arbeit, CITY, shared.id).await);
    assert!(matches!(
        measures::editable(&f.store, &Visitor::Public, CITY, shared.id).await,
        Err(AppError::NotFound)
    ));

    // The measure page shows the edit button to the first and not to the second.
    let page = measures::detail(&f.store, &sprache, CITY, shared.id)
        .await
        .unwrap();
    assert!(page.may_edit && page.internal);
    let page = measures::detail(&f.store, &arbeit, CITY, shared.id)
        .await
        .unwrap();
    assert!(!page.may_edit && page.internal);
    assert!(matches!(
        measures::detail(&f.store, &Visitor::Public, CITY, shared.id).await,
        Err(AppError::NotFound)
    ));

    // Refusing the link to work: not for the language editors (not their field)…
    assert_refused(
        measures::refuse_link(
            &f.store,
            &sprache,
            CITY,
            "arbeit",
            shared.id,
            shared.version,
            now,
        )
        .await,
    );
    // …nor the last link of a measure; its own field's editors edit it in the form instead.
    let last = measures::refuse_link(&f.store, &arbeit, CITY, "arbeit", only_work.id, 1, now)
        .await
        .unwrap();
    assert_eq!(last, measures::Unlinked::LastLink);
    let own = measures::refuse_link(&f.store, &sprache, CITY, "sprache", shared.id, 1, now)
        .await
        .unwrap();
    assert_eq!(own, measures::Unlinked::OwnMeasure);
    // The work editors may, and the measure keeps its language link only.
    let done = measures::refuse_link(&f.store, &arbeit, CITY, "arbeit", shared.id, 1, now)
        .await
        .unwrap();
    assert_eq!(done, measures::Unlinked::Done);
    let after = measures::get_visible(&f.store, &f.admin, CITY, shared.id)
        .await
        .unwrap();
    assert_eq!(after.content.recommendations, vec!["sprache-1".to_owned()]);
}

// --- found by cargo mutants -------------------------------------------------------------------

#[tokio::test]
async fn administrators_change_other_accounts_and_their_own_name_but_never_lock_themselves_out() {
    let f = fixture().await;
    let now = f.clock.now();
    let admin = Actor::Visitor(f.admin.clone());
    let admin_id = f.admin.principal().unwrap().user_id;
    let bea = accounts::create_user(
        &f.store,
        &Hashing::new(1),
        &admin,
        NewAccount {
            login: "bea".into(),
            display_name: "Bea Beispiel".into(),
            password: "noch ein gutes Passwort".into(),
            role: Role::Viewer,
            field: None,
        },
        now,
    )
    .await
    .unwrap();
    assert_eq!(bea.display_name, "Bea Beispiel");
    let change = |name: &str, role: Role, active: bool| UserChange {
        display_name: name.into(),
        role,
        field: None,
        active,
    };

    // Another account: a new role, then locked.
    let changed = accounts::update_user(
        &f.store,
        &admin,
        bea.id,
        &change("Bea", Role::Statistician, true),
        now,
    )
    .await
    .unwrap();
    assert_eq!((changed.role, changed.active), (Role::Statistician, true));
    let locked = accounts::update_user(
        &f.store,
        &admin,
        bea.id,
        &change("Bea", Role::Statistician, false),
        now,
    )
    .await
    .unwrap();
    assert!(!locked.active);

    // Their own account: a new name is fine; locking it or another role is refused.
    let renamed = accounts::update_user(
        &f.store,
        &admin,
        admin_id,
        &change("Die Verwaltung", Role::Administrator, true),
        now,
    )
    .await
    .unwrap();
    assert_eq!(renamed.display_name, "Die Verwaltung");
    for (role, active) in [(Role::Administrator, false), (Role::Viewer, true)] {
        let own = accounts::update_user(
            &f.store,
            &admin,
            admin_id,
            &change("Admin", role, active),
            now,
        )
        .await;
        assert!(matches!(own, Err(AppError::Invalid(_))), "{own:?}");
    }
    // The operator at the command line is nobody's own account: it may change the administrator.
    let by_operator = accounts::update_user(
        &f.store,
        &Actor::Operator("cli:test".into()),
        admin_id,
        &change("Admin", Role::Viewer, true),
        now,
    )
    .await
    .unwrap();
    assert_eq!(by_operator.role, Role::Viewer);
}

#[test]
fn logins_have_at_most_the_limit_and_editors_name_a_field() {
    let longest = "a".repeat(teilhabe_app::accounts::passwords::MAX_LOGIN_LENGTH);
    assert!(accounts::check_login(&longest).is_ok());
    let too_long = format!("{longest}a");
    assert_eq!(accounts::check_login(&too_long).unwrap_err().field, "login");
    assert!(accounts::check_login("bea.meier_2-x").is_ok());

    assert_eq!(
        accounts::field_of_role(Role::Editor, Some("sprache".into())).unwrap(),
        Some("sprache".to_owned())
    );
    for missing in [None, Some(String::new())] {
        assert_eq!(
            accounts::field_of_role(Role::Editor, missing)
                .unwrap_err()
                .field,
            "field"
        );
    }
    assert_eq!(
        accounts::field_of_role(Role::Viewer, Some("sprache".into())).unwrap(),
        None
    );
}

#[tokio::test]
async fn the_audit_log_names_who_changed_a_measure_and_the_operator_reads_it() {
    let f = fixture().await;
    let now = f.clock.now();
    let editor = signed(Role::Editor, Some("sprache"));
    let created = measures::create(
        &f.store,
        &editor,
        CITY,
        &measure("Sprachcafé", "sprache", "sprache-1", false),
        now,
    )
    .await
    .unwrap();
    let records = accounts::read_audit_log(
        &f.store,
        &Actor::Operator("cli:test".into()),
        &AuditFilter {
            entity_type: Some("measure".into()),
            entity_id: Some(created.id.to_string()),
            import_id: None,
            limit: None,
        },
    )
    .await
    .unwrap();
    assert!(!records.is_empty());
    for record in &records {
        assert_eq!(record.entry.actor, "user:editor", "{record:?}");
    }
}

#[tokio::test]
async fn an_editor_adds_no_new_link_to_another_fields_recommendation_when_changing() {
    let f = fixture().await;
    let now = f.clock.now();
    let editor = signed(Role::Editor, Some("sprache"));
    let own = measures::create(
        &f.store,
        &editor,
        CITY,
        &measure("Sprachcafé", "sprache", "sprache-1", false),
        now,
    )
    .await
    .unwrap();
    let mut own_link = own.content.clone();
    own_link.recommendations.push("sprache-2".into());
    let updated = measures::update(&f.store, &editor, CITY, own.id, own.version, &own_link, now)
        .await
        .unwrap();
    let mut foreign = updated.content.clone();
    foreign.recommendations.push("arbeit-1".into());
    match measures::update(
        &f.store,
        &editor,
        CITY,
        own.id,
        updated.version,
        &foreign,
        now,
    )
    .await
    {
        Err(AppError::Forbidden(message)) => {
            assert!(
                message.contains("arbeit-1") && !message.contains("sprache-2"),
                "{message}"
            )
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn everybody_downloads_an_indicators_figures_once_a_catalogue_is_stored() {
    let f = fixture().await;
    let download = |id: &'static str| {
        let store = f.store.clone();
        async move {
            teilhabe_app::monitoring::indicator_file(
                &store,
                CITY,
                id,
                teilhabe_app::monitoring::IndicatorFormat::Csv,
            )
            .await
        }
    };
    assert!(matches!(
        download("auslaender-anteil").await,
        Err(AppError::Unready(_))
    ));
    let source = std::fs::read_to_string(
        workspace_root().join("data/indicators/bielefeld/auslaender-anteil.toml"),
    )
    .unwrap();
    let indicator = teilhabe_domain::monitoring::indicator::parse_indicator(&source).unwrap();
    f.store
        .save_catalogue(CITY, &[indicator], "test", f.clock.now())
        .await
        .unwrap();
    let file = String::from_utf8(download("auslaender-anteil").await.unwrap()).unwrap();
    assert!(file.starts_with("indicator,year,district,"), "{file}");
    assert!(matches!(
        download("gibt-es-nicht").await,
        Err(AppError::NotFound)
    ));
}

#[tokio::test]
async fn the_import_history_shows_who_imported_to_staff_and_audit_links_to_administrators() {
    use teilhabe_app::monitoring::history::{HistoryQuery, import_history};
    use teilhabe_domain::monitoring::{Coordinates, ObsStatus, Observation};
    let f = fixture().await;
    let figure = Observation {
        indicator: "quote".into(),
        at: Coordinates::total(2024),
        value: Some("1".parse().unwrap()),
        lower: None,
        upper: None,
        base: None,
        status: ObsStatus::Normal,
        conf_status: None,
        sign: None,
        footnotes: Vec::new(),
    };
    let import = teilhabe_store::NewImport {
        city: CITY.into(),
        file_name: "quote.csv".into(),
        format: "portal-csv".into(),
        source: "Statistikstelle".into(),
        content_hash: "hash".into(),
        imported_by: "user:stella".into(),
        is_demo: false,
        note: None,
    };
    f.store
        .import_observations(&import, &[figure], f.clock.now(), false)
        .await
        .unwrap();
    // (visitor, sees who, audit links, upload forms)
    for (visitor, who, links, upload) in [
        (Visitor::Public, false, false, false),
        (signed(Role::Viewer, None), true, false, false),
        (signed(Role::Editor, Some("sprache")), true, false, false),
        (signed(Role::Statistician, None), true, false, true),
        (f.admin.clone(), true, true, true),
    ] {
        let history = import_history(&f.store, &visitor, CITY, &HistoryQuery::default())
            .await
            .unwrap();
        assert_eq!(history.records.len(), 1, "{visitor:?}");
        assert_eq!(history.sources, ["Statistikstelle"], "{visitor:?}");
        assert_eq!(
            (
                history.shows_who,
                history.links_audit_log,
                history.may_import
            ),
            (who, links, upload),
            "{visitor:?}"
        );
        let expected = if who { "user:stella" } else { "" };
        assert_eq!(history.records[0].imported_by, expected, "{visitor:?}");
    }
}

// --- import drafts (issue 12) ---------------------------------------------------------------

#[tokio::test]
async fn a_draft_is_its_owners_until_it_expires_on_the_clock() {
    use teilhabe_app::monitoring::mapping_drafts::{DRAFT_LIFETIME, DraftFailure, own_draft};
    use teilhabe_store::NewDraft;

    let f = fixture().await;
    let start = f.clock.now();
    let Visitor::Signed(admin) = &f.admin else {
        panic!("the fixture's administrator is signed in")
    };
    let id = f
        .store
        .create_import_draft(
            &NewDraft {
                city: CITY,
                owner_user_id: admin.user_id,
                file_name: "tabelle.csv",
                bytes: b"Jahr;Wert\n2024;1\n",
                expires_at: start + DRAFT_LIFETIME,
            },
            start,
        )
        .await
        .unwrap();
    let draft = own_draft(&f.store, &f.admin, id, f.clock.now())
        .await
        .unwrap();
    assert_eq!(draft.file_name, "tabelle.csv");

    // Another account that may import: as if there were no such draft.
    let other = signed_as(admin.user_id + 1, "stella", Role::Statistician, None);
    assert!(matches!(
        own_draft(&f.store, &other, id, f.clock.now()).await,
        Err(DraftFailure::NotFound)
    ));
    // Who may not import: refused.
    for visitor in [
        Visitor::Public,
        signed(Role::Viewer, None),
        signed(Role::Editor, Some("sport")),
    ] {
        assert!(
            matches!(
                own_draft(&f.store, &visitor, id, f.clock.now()).await,
                Err(DraftFailure::Import(ImportFailure::Forbidden))
            ),
            "{visitor:?}"
        );
    }

    // One second before its end it is there; at its end it has expired.
    f.clock
        .advance(DRAFT_LIFETIME - SignedDuration::from_secs(1));
    assert!(
        own_draft(&f.store, &f.admin, id, f.clock.now())
            .await
            .is_ok()
    );
    f.clock.advance(SignedDuration::from_secs(1));
    match own_draft(&f.store, &f.admin, id, f.clock.now()).await {
        Err(DraftFailure::Expired(at)) => assert_eq!(at, "2026-06-02T08:00:00Z"),
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        own_draft(&f.store, &f.admin, id + 1, f.clock.now()).await,
        Err(DraftFailure::NotFound)
    ));
}

// --- the concept, edited --------------------------------------------------------------------

mod concept_editing {
    use super::*;
    use teilhabe_app::concept::{self, SaveNote, Saved};
    use teilhabe_domain::concept::diff::{Change, PartKind};
    use teilhabe_domain::concept::edit::{Direction, Edit, Part, TextPath};

    fn note(reason: &str) -> SaveNote {
        SaveNote {
            reason: reason.into(),
            ..SaveNote::default()
        }
    }

    fn reword(value: &str) -> Vec<Edit> {
        vec![Edit::SetText {
            path: TextPath::Recommendation(1, 2),
            language: "de".into(),
            value: value.into(),
        }]
    }

    #[tokio::test]
    async fn only_administrators_and_concept_editors_change_the_concept() {
        let f = fixture().await;
        let now = f.clock.now();
        let refused = [
            Visitor::Public,
            signed(Role::Editor, Some("sprache")),
            signed(Role::Viewer, None),
            signed(Role::Statistician, None),
        ];
        for visitor in &refused {
            assert_refused(concept::editable(&f.store, visitor, CITY).await);
            assert_refused(
                concept::save(&f.store, visitor, CITY, 1, &reword("x"), &note("r"), now).await,
            );
        }
        assert!(matches!(
            concept::save(
                &f.store,
                &Visitor::Public,
                CITY,
                1,
                &reword("x"),
                &note("r"),
                now
            )
            .await,
            Err(AppError::Unauthenticated)
        ));
        let editor = signed_as(7, "carla", Role::ConceptEditor, None);
        assert!(concept::editable(&f.store, &editor, CITY).await.is_ok());
        let saved = concept::save(&f.store, &editor, CITY, 1, &reword("Neu"), &note("r"), now)
            .await
            .unwrap();
        assert_eq!(saved, Saved::Version(2));
        let saved = concept::save(
            &f.store,
            &f.admin,
            CITY,
            2,
            &reword("Neuer"),
            &note("r"),
            now,
        )
        .await
        .unwrap();
        assert_eq!(saved, Saved::Version(3));
        // Nothing stored by the refused visitors.
        assert_eq!(f.store.concept_versions(CITY).await.unwrap().len(), 3);
    }

    #[tokio::test]
    async fn every_save_is_a_new_version_with_who_when_why_and_the_decision() {
        let f = fixture().await;
        let now = f.clock.now();
        let editor = signed_as(7, "carla", Role::ConceptEditor, None);
        let with_decision = SaveNote {
            reason: "  Ratsbeschluss zur Sprachförderung ".into(),
            decision_date: "2026-05-28".into(),
            decision_reference: "Drucksache 1234/2020-2025".into(),
        };
        let saved = concept::save(
            &f.store,
            &editor,
            CITY,
            1,
            &reword("Kurse"),
            &with_decision,
            now,
        )
        .await
        .unwrap();
        assert_eq!(saved, Saved::Version(2));
        let versions = concept::versions(&f.store, &Actor::Visitor(editor.clone()), CITY)
            .await
            .unwrap();
        assert_eq!(versions.len(), 2);
        let newest = &versions[0];
        assert_eq!(newest.version, 2);
        assert_eq!(newest.note.by, "user:carla");
        assert_eq!(
            newest.note.reason.as_deref(),
            Some("Ratsbeschluss zur Sprachförderung")
        );
        assert_eq!(newest.note.decision_date.as_deref(), Some("2026-05-28"));
        assert_eq!(
            newest.note.decision_reference.as_deref(),
            Some("Drucksache 1234/2020-2025")
        );
        assert_eq!(newest.loaded_at, "2026-06-01T08:00:00Z");
        let current = f.store.current_concept(CITY).await.unwrap().unwrap();
        assert_eq!(
            current.concept.fields[0].recommendations[1]
                .text
                .german_text(),
            "Kurse"
        );

        // The same text again changes nothing: no new version.
        let again = concept::save(
            &f.store,
            &editor,
            CITY,
            2,
            &reword("Kurse"),
            &note("r"),
            now,
        )
        .await
        .unwrap();
        assert_eq!(again, Saved::Unchanged(2));

        // A reason is required; a decision date is a date; both before anything is stored.
        for (bad, field) in [
            (note("  "), "reason"),
            (note(&"x".repeat(501)), "reason"),
            (
                SaveNote {
                    decision_date: "28.05.2026".into(),
                    ..note("r")
                },
                "decision_date",
            ),
            (
                SaveNote {
                    decision_reference: "y".repeat(201),
                    ..note("r")
                },
                "decision_reference",
            ),
        ] {
            match concept::save(&f.store, &editor, CITY, 2, &reword("Anders"), &bad, now).await {
                Err(AppError::Invalid(problems)) => {
                    assert_eq!(problems.len(), 1, "{problems:?}");
                    assert_eq!(problems[0].field, field);
                }
                other => panic!("expected {field} refused, got {other:?}"),
            }
        }
        let limits = SaveNote {
            reason: "x".repeat(500),
            decision_date: String::new(),
            decision_reference: "y".repeat(200),
        };
        assert_eq!(concept::note_problems(&limits), Vec::new());
        // A German text emptied is refused by the file rules, naming its path.
        match concept::save(&f.store, &editor, CITY, 2, &reword(""), &note("r"), now).await {
            Err(AppError::Invalid(problems)) => {
                assert_eq!(problems[0].field, "fields[1].recommendations[2].text.de")
            }
            other => panic!("expected a refusal, got {other:?}"),
        }
        assert_eq!(f.store.concept_versions(CITY).await.unwrap().len(), 2);
    }

    #[tokio::test]
    async fn a_save_based_on_an_older_version_is_refused() {
        let f = fixture().await;
        let now = f.clock.now();
        concept::save(
            &f.store,
            &f.admin,
            CITY,
            1,
            &reword("Erste"),
            &note("a"),
            now,
        )
        .await
        .unwrap();
        let late = concept::save(
            &f.store,
            &f.admin,
            CITY,
            1,
            &reword("Zweite"),
            &note("b"),
            now,
        )
        .await;
        assert!(
            matches!(late, Err(AppError::Conflict { current: 2 })),
            "{late:?}"
        );
        let current = f.store.current_concept(CITY).await.unwrap().unwrap();
        assert_eq!(
            current.concept.fields[0].recommendations[1]
                .text
                .german_text(),
            "Erste"
        );
    }

    #[tokio::test]
    async fn ids_are_generated_in_the_fields_pattern_and_never_reused() {
        let f = fixture().await;
        let now = f.clock.now();
        let add = vec![Edit::AddRecommendation {
            field: "sprache".into(),
            text: Text::german("Sprachcafés fördern"),
        }];
        concept::save(&f.store, &f.admin, CITY, 1, &add, &note("neu"), now)
            .await
            .unwrap();
        let current = f.store.current_concept(CITY).await.unwrap().unwrap();
        let ids: Vec<&str> = current.concept.fields[0]
            .recommendations
            .iter()
            .map(|r| r.id.as_str())
            .collect();
        assert_eq!(ids, ["sprache-1", "sprache-2", "sprache-3", "sprache-4"]);
        // The file loaded by hand again (without sprache-4): the next one is sprache-5.
        let source =
            std::fs::read_to_string(workspace_root().join("data/concept/musterstadt.toml"))
                .unwrap();
        let loaded = f
            .store
            .save_concept(&parse_concept(&source).unwrap(), "cli", now)
            .await
            .unwrap();
        assert_eq!(loaded.version, 3);
        concept::save(&f.store, &f.admin, CITY, 3, &add, &note("neu"), now)
            .await
            .unwrap();
        let current = f.store.current_concept(CITY).await.unwrap().unwrap();
        assert_eq!(
            current.concept.fields[0]
                .recommendations
                .last()
                .map(|r| r.id.as_str()),
            Some("sprache-5")
        );
    }

    #[tokio::test]
    async fn a_retired_recommendation_keeps_its_measures_and_the_order_changes() {
        let f = fixture().await;
        let now = f.clock.now();
        let linked = measures::create(
            &f.store,
            &f.admin,
            CITY,
            &measure("Sprachkurse", "sprache", "sprache-2", true),
            now,
        )
        .await
        .unwrap();
        let edits = vec![
            Edit::Retire(Part::Recommendation("sprache-2".into())),
            Edit::Move(Part::Recommendation("sprache-3".into()), Direction::Up),
            Edit::Move(Part::Field("nachbarschaft".into()), Direction::Up),
        ];
        let with_decision = SaveNote {
            decision_date: "2026-05-28".into(),
            ..note("Vom Rat gestrichen")
        };
        concept::save(&f.store, &f.admin, CITY, 1, &edits, &with_decision, now)
            .await
            .unwrap();
        let current = f.store.current_concept(CITY).await.unwrap().unwrap();
        let (_, retired) = current.concept.recommendation("sprache-2").unwrap();
        let retirement = retired.retired.clone().expect("retired");
        assert_eq!(retirement.reason, "Vom Rat gestrichen");
        assert_eq!(retirement.date, "2026-05-28");
        assert_eq!(retirement.version, Some(2));
        let ids: Vec<&str> = current.concept.fields[0]
            .recommendations
            .iter()
            .map(|r| r.id.as_str())
            .collect();
        assert_eq!(ids, ["sprache-1", "sprache-3", "sprache-2"]);
        let slugs: Vec<&str> = current
            .concept
            .fields
            .iter()
            .map(|f| f.slug.as_str())
            .collect();
        assert_eq!(slugs, ["sprache", "nachbarschaft", "arbeit"]);
        // The measure still lists the retired recommendation, and can still be saved with it.
        let measure = measures::get_visible(&f.store, &Visitor::Public, CITY, linked.id)
            .await
            .unwrap();
        assert_eq!(measure.content.recommendations, ["sprache-2"]);
        let mut content = measure.content.clone();
        content.progress = 40;
        measures::update(
            &f.store,
            &f.admin,
            CITY,
            linked.id,
            measure.version,
            &content,
            now,
        )
        .await
        .unwrap();

        // The difference of the two versions: retired and moved, by id.
        let admin = Actor::Visitor(f.admin.clone());
        let difference = concept::difference(&f.store, &admin, CITY, 1, 2)
            .await
            .unwrap();
        assert_eq!((difference.from.version, difference.to.version), (1, 2));
        let changes = |id: &str| {
            difference
                .parts
                .iter()
                .find(|p| p.id == id)
                .map(|p| p.changes.clone())
                .unwrap_or_default()
        };
        assert!(changes("sprache-2").contains(&Change::Retired(retirement)));
        assert!(difference.parts.iter().any(|p| p.kind == PartKind::Field
            && p.changes.iter().any(|c| matches!(c, Change::Moved { .. }))));
        assert!(matches!(
            concept::difference(&f.store, &admin, CITY, 1, 9).await,
            Err(AppError::NotFound)
        ));
    }

    #[tokio::test]
    async fn versions_are_for_accounts_and_export_as_the_file_the_cli_loads() {
        let f = fixture().await;
        let now = f.clock.now();
        concept::save(&f.store, &f.admin, CITY, 1, &reword("Neu"), &note("r"), now)
            .await
            .unwrap();
        for actor in [
            Actor::Visitor(signed(Role::Viewer, None)),
            Actor::Visitor(signed(Role::Editor, Some("sprache"))),
            Actor::Operator("cli:x".into()),
        ] {
            assert_eq!(
                concept::versions(&f.store, &actor, CITY)
                    .await
                    .unwrap()
                    .len(),
                2
            );
        }
        let public = Actor::Visitor(Visitor::Public);
        assert!(matches!(
            concept::versions(&f.store, &public, CITY).await,
            Err(AppError::Unauthenticated)
        ));
        assert!(matches!(
            concept::export_file(&f.store, &public, CITY, None).await,
            Err(AppError::Unauthenticated)
        ));
        assert!(matches!(
            concept::export_file(&f.store, &public, CITY, Some(1)).await,
            Err(AppError::Unauthenticated)
        ));
        assert!(matches!(
            concept::difference(&f.store, &public, CITY, 1, 2).await,
            Err(AppError::Unauthenticated)
        ));
        let operator = Actor::Operator("cli:x".into());
        let (number, file) = concept::export_file(&f.store, &operator, CITY, None)
            .await
            .unwrap();
        assert_eq!(number, 2);
        let current = f.store.current_concept(CITY).await.unwrap().unwrap();
        let read = parse_concept(&file).unwrap();
        assert_eq!(read, current.concept);
        // Loading the exported file changes nothing: same content, same version.
        let load = f.store.save_concept(&read, "cli", now).await.unwrap();
        assert_eq!((load.version, load.changed), (2, false));
        let (number, first) = concept::export_file(&f.store, &operator, CITY, Some(1))
            .await
            .unwrap();
        assert_eq!(number, 1);
        assert_ne!(first, file);
        assert!(matches!(
            concept::export_file(&f.store, &operator, CITY, Some(7)).await,
            Err(AppError::NotFound)
        ));
    }
}

// --- the integration report -----------------------------------------------------------------

mod report {
    use super::*;
    use teilhabe_app::report;

    fn fake_pdf(
        data: &teilhabe_domain::report::ReportData,
        language: &str,
    ) -> Result<Vec<u8>, String> {
        Ok(format!("%PDF {} {language}", data.year).into_bytes())
    }

    #[tokio::test]
    async fn every_account_drafts_a_report_and_the_public_does_not() {
        let f = fixture().await;
        let now = f.clock.now();
        for visitor in [
            signed(Role::Viewer, None),
            signed(Role::Editor, Some("sprache")),
            signed(Role::Statistician, None),
            f.admin.clone(),
        ] {
            let data = report::report_data(&f.store, &Actor::Visitor(visitor), CITY, 2024, now)
                .await
                .unwrap();
            assert_eq!(data.year, 2024);
        }
        assert!(
            report::report_data(&f.store, &Actor::Operator("cli:x".into()), CITY, 2024, now)
                .await
                .is_ok()
        );
        assert!(matches!(
            report::report_data(&f.store, &Actor::Visitor(Visitor::Public), CITY, 2024, now).await,
            Err(AppError::Unauthenticated)
        ));
    }

    #[tokio::test]
    async fn the_integration_office_releases_editions_and_everybody_reads_them() {
        let f = fixture().await;
        let now = f.clock.now();
        for refused in [
            Visitor::Public,
            signed(Role::Viewer, None),
            signed(Role::Editor, Some("sprache")),
            signed(Role::Statistician, None),
        ] {
            assert_refused(
                report::release_edition(
                    &f.store,
                    &Actor::Visitor(refused),
                    CITY,
                    2024,
                    "de",
                    fake_pdf,
                    now,
                )
                .await,
            );
        }
        assert!(report::editions(&f.store, CITY).await.unwrap().is_empty());
        let concept_editor = signed_as(7, "konzept", Role::ConceptEditor, None);
        let released = report::release_edition(
            &f.store,
            &Actor::Visitor(concept_editor),
            CITY,
            2024,
            "de",
            fake_pdf,
            now,
        )
        .await
        .unwrap();
        assert_eq!(released.released_by, "user:konzept");
        let by_admin = report::release_edition(
            &f.store,
            &Actor::Visitor(f.admin.clone()),
            CITY,
            2024,
            "en",
            fake_pdf,
            now,
        )
        .await
        .unwrap();
        // The public reads the list and the PDFs — no visitor needed.
        let listed = report::editions(&f.store, CITY).await.unwrap();
        assert_eq!(
            listed.iter().map(|e| e.id).collect::<Vec<_>>(),
            [by_admin.id, released.id]
        );
        let (_, pdf) = report::edition_pdf(&f.store, CITY, released.id)
            .await
            .unwrap();
        assert_eq!(pdf, b"%PDF 2024 de");
        assert!(matches!(
            report::edition_pdf(&f.store, CITY, by_admin.id + 100).await,
            Err(AppError::NotFound)
        ));
        let audit = f
            .store
            .audit_log(&AuditFilter {
                entity_type: Some("report_edition".into()),
                ..AuditFilter::default()
            })
            .await
            .unwrap();
        assert_eq!(audit.len(), 2);
        assert_eq!(audit[1].entry.actor, "user:konzept");
    }
}
