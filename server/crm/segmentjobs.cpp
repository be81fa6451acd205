#include "segmentjobs.h"

#include "core/access.h"
#include "core/user.h"
#include "segmentstore.h"

namespace erp::crm {

QCborMap rebuildAllSegments(QSqlDatabase &db, const erp::meta::Model &model, const QDateTime &now)
{
    erp::core::UserInfo system;
    system.login = QStringLiteral("scheduler");
    system.role = QStringLiteral("admin");
    system.rights = erp::core::AccessPolicy::rightsOfRole(system.role);
    return SegmentStore(db, model, system).rebuildAll(now);
}

} // namespace erp::crm
