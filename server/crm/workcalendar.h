#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace erp::crm {

// Working time as a schedule declares it: intervals per day of the week (several a day for a
// lunch break) and holidays, on the wall clock of the company (the server's time zone).
// Pure arithmetic, no database: tested alone in tst_workcalendar.
class WorkCalendar
{
public:
    struct Interval
    {
        int weekday = 1; // Qt's: 1 Monday .. 7 Sunday
        int fromMinute = 0;
        int toMinute = 0; // exclusive; 1440 is midnight at the end of the day
    };

    WorkCalendar(QList<Interval> intervals, QSet<QDate> holidays);

    // The first problem of the declaration (an interval that ends before it starts, a week
    // without working time), empty when it is usable.
    QString problem() const;

    // The moment `seconds` of working time after `start`; start and answer in the same time
    // spec (local time in the server, UTC in a test). Time outside the intervals does not
    // count; zero seconds is the start itself. Nullopt when the schedule has no working time.
    std::optional<QDateTime> add(const QDateTime &start, qint64 seconds) const;
    // The moment `seconds` of working time before `end` (the warning before a deadline).
    std::optional<QDateTime> subtract(const QDateTime &end, qint64 seconds) const;
    // Working seconds between two moments (0 when `to` is not after `from`).
    qint64 between(const QDateTime &from, const QDateTime &to) const;

private:
    QList<Interval> dayIntervals(const QDate &day) const;

    QList<Interval> m_intervals;
    QSet<QDate> m_holidays;
};

} // namespace erp::crm
