#include "users.h"

#include "core/access.h"
#include "db/sqltypes.h"
#include "db/sqlvalue.h"
#include "metadata/fieldvalue.h"
#include "passwordhash.h"
#include "rpc/rpcerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include "db/query.h"

namespace erp::auth {

using erp::db::execute;
using erp::protocol::ErrorCode;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Users)
};

const QString &dummyHash()
{
    static const QString hash = hashPassword(QStringLiteral("not a real password"));
    return hash;
}

} // namespace

std::optional<erp::core::UserInfo> authenticate(QSqlDatabase &db, const QString &login, const QString &password)
{
    erp::db::Query q(db);
    q.setForwardOnly(true);
    execute(q, QStringLiteral("SELECT \"ID\", \"NAME\", \"ROLE\", \"PASSWORD_HASH\", \"ACTIVE\", \"DELETED\" "
                              "FROM \"CAT_USERS\" WHERE \"CODE\" = ?"),
            {login});
    if (!q.next()) {
        verifyPassword(dummyHash(), password);
        return std::nullopt;
    }
    erp::core::UserInfo user;
    user.id = q.value(0).toLongLong();
    user.name = q.value(1).toString();
    user.role = q.value(2).toString();
    const QString hash = q.value(3).toString();
    const bool active = q.value(4).isNull() || q.value(4).toBool();
    const bool deleted = q.value(5).toBool();
    const bool ok = verifyPassword(hash.isEmpty() ? dummyHash() : hash, password) && !hash.isEmpty();
    if (!ok || !active || deleted)
        return std::nullopt;
    user.login = login;
    user.rights = erp::core::AccessPolicy::rightsOfRole(user.role);
    return user;
}

void setPassword(QSqlDatabase &db, const QString &login, const QString &password, const QString &field)
{
    if (erp::meta::characterCount(password) < MinPasswordLength)
        erp::rpc::fail(ErrorCode::Validation,
                       Text::tr("%1: must be at least %2 characters long").arg(field).arg(MinPasswordLength), field);
    erp::db::Query q(db);
    execute(q, QStringLiteral("UPDATE \"CAT_USERS\" SET \"PASSWORD_HASH\" = ?, \"ROW_VERSION\" = \"ROW_VERSION\" + 1 "
                              "WHERE \"CODE\" = ?"),
            {hashPassword(password), login});
    if (q.numRowsAffected() != 1)
        erp::rpc::fail(ErrorCode::NotFound, Text::tr("login: there is no user \"%1\"").arg(login), QStringLiteral("login"));
}

bool ensureAdministrator(QSqlDatabase &db, const QString &password, QString *error)
{
    erp::db::Query q(db);
    try {
        execute(q, QStringLiteral("SELECT COUNT(*) FROM \"CAT_USERS\" WHERE \"CODE\" = 'admin'"));
        q.next();
        if (q.value(0).toInt() > 0)
            return true;
        if (password.isEmpty()) {
            *error = Text::tr("the database has no administrator yet: give --admin-password or set ERP_ADMIN_PASSWORD");
            return false;
        }
        if (erp::meta::characterCount(password) < MinPasswordLength) {
            *error = Text::tr("the administrator password must be at least %1 characters long").arg(MinPasswordLength);
            return false;
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime stamp(now.date(), now.time());
        execute(q, QStringLiteral("INSERT INTO \"CAT_USERS\" (\"ID\", \"ROW_VERSION\", \"CODE\", \"NAME\", \"ROLE\", "
                                  "\"ACTIVE\", \"PASSWORD_HASH\", \"CREATED_AT\", \"UPDATED_AT\") "
                                  "VALUES (NEXT VALUE FOR %1, 1, 'admin', ?, 'admin', TRUE, ?, ?, ?)")
                       .arg(erp::db::ObjectIdSequence),
                {Text::tr("Administrator"), hashPassword(password), stamp, stamp});
        return true;
    } catch (const erp::rpc::RpcError &e) {
        *error = e.message;
        return false;
    }
}

} // namespace erp::auth
