#pragma once

#include <QCborArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace erp::meta {
class Model;
}
namespace erp::core {
struct UserInfo;
}

namespace erp::crm {

// Open claims (new, in progress, not marked) the user may see whose deadline is near: from
// their warning moment on (withinHours absent), or due within that many hours; overdue first,
// then by deadline. Rows: {id, number, subject, partner, display, responsible, deadline,
// warn_at, sla_state (now), overdue}.
QCborArray dueClaims(QSqlDatabase &db, const erp::meta::Model &model, const erp::core::UserInfo &user,
                     const QDateTime &now, std::optional<qint64> withinHours, qint64 responsible, int limit);

// One warning to push to a claim's responsible user.
struct ClaimWarning
{
    qint64 claim = 0;
    QString number;
    QString subject;
    qint64 responsible = 0; // 0: nobody is responsible
    QDateTime deadline;
    QString state; // due_soon or overdue
};

// For the scheduler: brings the stored service level of every open claim to `now` and takes
// the warnings not given yet, at most one per claim and state (due_soon, then overdue), in
// the caller's (write) transaction. Set-based: three statements whatever the number of claims.
QList<ClaimWarning> takeClaimWarnings(QSqlDatabase &db, const erp::meta::Model &model, const QDateTime &now);

} // namespace erp::crm
