#include "auth/users.h"
#include "metadata/model.h"
#include "methods.h"
#include "params.h"
#include "rpcerror.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QRandomGenerator>

namespace erp::rpc {

using erp::protocol::ErrorCode;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Auth)
};

// A required string parameter (the dispatcher has checked that it is a non-empty string).
QString requiredString(const QCborMap &params, const QString &name)
{
    return params.value(name).toString();
}

Param passwordParam(const QString &name)
{
    return Param::string(name, erp::auth::MaxPasswordLength).require();
}

QString randomToken()
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
}

QCborMap describeUser(const erp::core::UserInfo &user)
{
    QCborMap u;
    u.insert(QStringLiteral("id"), user.id);
    u.insert(QStringLiteral("login"), user.login);
    u.insert(QStringLiteral("name"), user.name);
    u.insert(QStringLiteral("role"), user.role);
    QStringList rights(user.rights.begin(), user.rights.end());
    rights.sort();
    u.insert(QStringLiteral("rights"), QCborArray::fromStringList(rights));
    return u;
}

} // namespace

QList<Method> authMethods(const erp::meta::Model &model)
{
    // A login is the code of a user: as long as the users catalog's codes may be.
    const erp::meta::ObjectKind *users = model.kind(QStringLiteral("users"));
    const qsizetype loginLength = users ? users->codeLength : MaxNameLength;
    return {
        {QStringLiteral("auth.login"),
         {},
         QStringLiteral("Logs the connection in: {user, password}."),
         Access::Read,
         [](CallContext &ctx, const QCborMap &params) -> QCborValue {
             const QString login = requiredString(params, QStringLiteral("user"));
             const QString password = requiredString(params, QStringLiteral("password"));
             const auto user = erp::auth::authenticate(ctx.db, login, password);
             if (!user)
                 fail(ErrorCode::LoginFailed, Text::tr("wrong user name or password"));
             ctx.login = user;
             QCborMap r;
             r.insert(QStringLiteral("token"), randomToken());
             r.insert(QStringLiteral("user"), describeUser(*user));
             return r;
         },
         {Param::string(QStringLiteral("user"), loginLength).require(), passwordParam(QStringLiteral("password"))}},
        {QStringLiteral("auth.logout"), QStringLiteral("read"), QStringLiteral("Ends the login of this connection."),
         Access::Read,
         [](CallContext &ctx, const QCborMap &) -> QCborValue {
             ctx.logout = true;
             return QCborMap();
         },
         {}},
        {QStringLiteral("auth.whoami"), QStringLiteral("read"), QStringLiteral("Describes the logged-in user."),
         Access::Read, [](CallContext &ctx, const QCborMap &) -> QCborValue { return describeUser(ctx.user); }, {}},
        {QStringLiteral("auth.setPassword"), QStringLiteral("admin"),
         QStringLiteral("Sets a user's password: {login, password}."), Access::Write,
         [](CallContext &ctx, const QCborMap &params) -> QCborValue {
             erp::auth::setPassword(ctx.db, requiredString(params, QStringLiteral("login")),
                                    requiredString(params, QStringLiteral("password")));
             return QCborMap();
         },
         {Param::string(QStringLiteral("login"), loginLength).require(), passwordParam(QStringLiteral("password"))}},
        {QStringLiteral("auth.changePassword"), QStringLiteral("read"),
         QStringLiteral("Changes one's own password: {oldPassword, newPassword}."), Access::Write,
         [](CallContext &ctx, const QCborMap &params) -> QCborValue {
             const QString oldPassword = requiredString(params, QStringLiteral("oldPassword"));
             const QString newPassword = requiredString(params, QStringLiteral("newPassword"));
             if (!erp::auth::authenticate(ctx.db, ctx.user.login, oldPassword))
                 fail(ErrorCode::Validation, Text::tr("oldPassword: is not your current password"),
                      QStringLiteral("oldPassword"));
             erp::auth::setPassword(ctx.db, ctx.user.login, newPassword, QStringLiteral("newPassword"));
             return QCborMap();
         },
         {passwordParam(QStringLiteral("oldPassword")), passwordParam(QStringLiteral("newPassword"))}},
    };
}

} // namespace erp::rpc
