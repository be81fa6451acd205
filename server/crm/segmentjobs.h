#pragma once

#include <QCborMap>
#include <QDateTime>

class QSqlDatabase;

namespace erp::meta {
class Model;
}

namespace erp::crm {

// For the scheduler (one registration): rebuilds every segment by rules, not marked for
// deletion, as of `now`, in the caller's write transaction, as the system (no row rules).
// {segments: [{segment, name, members, joined, left, at}]}.
QCborMap rebuildAllSegments(QSqlDatabase &db, const erp::meta::Model &model, const QDateTime &now);

} // namespace erp::crm
