#include "claimschedule.h"

#include "core/datasource.h"
#include "core/seedrow.h"
#include "db/sqltypes.h"
#include "db/sqlvalue.h"
#include "rpc/rpcerror.h"

#include <QCoreApplication>
#include "db/query.h"

namespace erp::crm {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Claims)
};

// "t0815" -> 495; -1 when it is no time of day.
int minuteOf(const QCborValue &v)
{
    const QString s = v.toString();
    if (s.size() != 5 || s.at(0) != u't')
        return -1;
    bool okHours = false, okMinutes = false;
    const int hours = s.mid(1, 2).toInt(&okHours), minutes = s.mid(3, 2).toInt(&okMinutes);
    return okHours && okMinutes ? hours * 60 + minutes : -1;
}

int weekdayOf(const QString &name)
{
    static const QStringList days{QStringLiteral("monday"),   QStringLiteral("tuesday"), QStringLiteral("wednesday"),
                                  QStringLiteral("thursday"), QStringLiteral("friday"),  QStringLiteral("saturday"),
                                  QStringLiteral("sunday")};
    return int(days.indexOf(name)) + 1;
}

} // namespace

WorkCalendar loadWorkCalendar(erp::core::DataSource &data, qint64 schedule, const QString &field)
{
    const QString kind = QStringLiteral("work_schedules");
    QList<WorkCalendar::Interval> intervals;
    const QList<QCborMap> hours = data.sectionLines(kind, schedule, QStringLiteral("hours"));
    for (qsizetype i = 0; i < hours.size(); ++i) {
        const QCborMap &line = hours.at(i);
        intervals.append({weekdayOf(line.value(QStringLiteral("weekday")).toString()),
                          minuteOf(line.value(QStringLiteral("from"))), minuteOf(line.value(QStringLiteral("to")))});
    }
    QSet<QDate> holidays;
    for (const QCborMap &line : data.sectionLines(kind, schedule, QStringLiteral("holidays")))
        holidays.insert(QDate::fromString(line.value(QStringLiteral("date")).toString(), Qt::ISODate));
    WorkCalendar calendar(intervals, holidays);
    const QString problem = calendar.problem();
    if (!problem.isEmpty()) {
        const QString name = data.field(kind, schedule, QStringLiteral("name")).toString();
        erp::rpc::fail(erp::protocol::ErrorCode::Validation,
                       Text::tr("%1: the work schedule \"%2\" cannot be used: %3").arg(field, name, problem), field);
    }
    return calendar;
}

bool seedDefaultWorkSchedule(QSqlDatabase &db, QString *error)
{
    try {
        const qint64 id = erp::core::seedCatalogRow(db, QStringLiteral("CAT_WORK_SCHEDULES"),
                                                    QString::fromLatin1(DefaultScheduleCode), QStringLiteral("Po–Pá 8:00–16:00"));
        if (!id)
            return true;
        erp::db::Query q(db);
        const QStringList days{QStringLiteral("monday"), QStringLiteral("tuesday"), QStringLiteral("wednesday"),
                               QStringLiteral("thursday"), QStringLiteral("friday")};
        for (int i = 0; i < days.size(); ++i)
            erp::db::execute(q,
                             QStringLiteral("INSERT INTO CAT_WORK_SCHEDULES_HOURS (OWNER_ID, LINE_NO, WEEKDAY, \"FROM\", "
                                            "\"TO\") VALUES (?, ?, ?, 't0800', 't1600')"),
                             {id, i + 1, days.at(i)});
        return true;
    } catch (const erp::rpc::RpcError &e) {
        *error = e.message;
        return false;
    }
}

} // namespace erp::crm
