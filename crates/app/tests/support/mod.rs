//! What several use-case tests share.

use jiff::Timestamp;
use teilhabe_app::Actor;
use teilhabe_app::accounts::passwords::Hashing;
use teilhabe_app::accounts::{self, NewAccount};
use teilhabe_domain::access::{Principal, Role, Visitor};
use teilhabe_store::Store;

/// Creates the account `login` with `role` (cheap hashing) and returns it as a signed-in visitor.
pub async fn account(store: &Store, now: Timestamp, login: &str, role: Role) -> Visitor {
    let user = accounts::create_user(
        store,
        &Hashing::new(1),
        &Actor::Operator("cli:test".into()),
        NewAccount {
            login: login.into(),
            display_name: String::new(),
            password: "ein sicheres Passwort".into(),
            role,
            field: None,
        },
        now,
    )
    .await
    .unwrap();
    Visitor::Signed(Principal {
        user_id: user.id,
        login: login.into(),
        role,
        field: None,
        actor: format!("user:{login}"),
    })
}
