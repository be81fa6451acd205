#include "access.h"

#include "metadata/model.h"
#include "user.h"

namespace erp::core {

QSet<QString> AccessPolicy::rightsOfRole(const QString &role)
{
    if (role == QLatin1String("admin"))
        return {QStringLiteral("read"), QStringLiteral("write"), QStringLiteral("post"), QStringLiteral("admin")};
    if (role == QLatin1String("manager") || role == QLatin1String("clerk"))
        return {QStringLiteral("read"), QStringLiteral("write"), QStringLiteral("post")};
    if (role == QLatin1String("viewer"))
        return {QStringLiteral("read")};
    return {};
}

bool AccessPolicy::canRead(const UserInfo &user, const erp::meta::ObjectKind &kind)
{
    return user.has(kind.readRight);
}

bool AccessPolicy::canWrite(const UserInfo &user, const erp::meta::ObjectKind &kind)
{
    return user.has(kind.writeRight);
}

RowFilter AccessPolicy::rowFilter(const UserInfo &, const erp::meta::ObjectKind &)
{
    return {};
}

} // namespace erp::core
