#include "democrm.h"

#include "core/access.h"
#include "db/sqlvalue.h"

#include "db/query.h"

namespace erp::demo {

std::optional<erp::core::UserInfo> firstDemoUser(CrmDemo &demo, const QStringList &roles)
{
    erp::db::Query q(demo.db);
    q.setForwardOnly(true);
    erp::db::execute(q, QStringLiteral("SELECT ID, CODE, NAME, \"ROLE\" FROM CAT_USERS WHERE ACTIVE = TRUE ORDER BY ID"));
    while (q.next()) {
        const QString role = q.value(3).toString();
        if (roles.contains(role))
            return erp::core::UserInfo{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), role,
                                       erp::core::AccessPolicy::rightsOfRole(role)};
    }
    return std::nullopt;
}

bool fillCrmDemo(CrmDemo &demo, QString *error)
{
    return fillDealsDemo(demo, error) && fillInteractionsDemo(demo, error) && fillClientsDemo(demo, error)
           && fillClaimsDemo(demo, error) && fillSegmentsDemo(demo, error);
}

} // namespace erp::demo
