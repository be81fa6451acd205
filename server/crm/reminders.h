#pragma once

#include <QCborMap>
#include <QDateTime>
#include <QVariant>

namespace erp::core {
struct JobContext;
}

namespace erp::crm {

// The scheduled job "crm.reminders": every open task whose remind moment (remind_at, else
// due_at) has come and has not been reminded for that moment yet gets one `reminder` push to
// every logged-in session of its assignee, or of the active users of its role. The moment
// reminded is kept in the task's internal column REMINDED_FOR, so each moment is reminded
// once, and a changed remind_at (or due_at) arms the reminder again.
void remindTasks(erp::core::JobContext &ctx);

// TIMESTAMP columns hold UTC wall-clock values.
inline QVariant sqlMoment(const QDateTime &utc)
{
    const QDateTime u = utc.toUTC();
    return QDateTime(u.date(), u.time());
}

inline QDateTime utcMoment(const QVariant &column)
{
    const QDateTime local = column.toDateTime();
    return QDateTime(local.date(), local.time(), Qt::UTC);
}

} // namespace erp::crm
