#pragma once

#include "core/user.h"

#include <QString>

#include <optional>

class QSqlDatabase;

namespace erp::auth {

// Checks a login against CAT_USERS. Returns nothing for a wrong name, wrong password,
// an inactive or deletion-marked user alike, taking the same time in each case.
std::optional<erp::core::UserInfo> authenticate(QSqlDatabase &db, const QString &login, const QString &password);

// Sets a user's password (hashing it); throws RpcError when the user does not exist or the
// password is too weak; field names the parameter that carried the password.
void setPassword(QSqlDatabase &db, const QString &login, const QString &password,
                 const QString &field = QStringLiteral("password"));

// Creates the administrator "admin" when no such user exists. Returns false with *error when
// it must be created but no password was given.
bool ensureAdministrator(QSqlDatabase &db, const QString &password, QString *error);

// In characters (code points).
constexpr int MinPasswordLength = 8;
constexpr int MaxPasswordLength = 1024;

} // namespace erp::auth
