#include "workcalendar.h"

#include <algorithm>

namespace erp::crm {

namespace {

// A schedule with working time finds it within a week of any day, holidays aside; ten years of
// holidays would be a data error, not a calendar.
constexpr int MaxDays = 3660;

QDateTime at(const QDate &day, int minute, const QDateTime &like)
{
    if (minute >= 24 * 60)
        return QDateTime(day.addDays(1), QTime(0, 0), like.timeSpec());
    return QDateTime(day, QTime(minute / 60, minute % 60), like.timeSpec());
}

} // namespace

WorkCalendar::WorkCalendar(QList<Interval> intervals, QSet<QDate> holidays)
    : m_intervals(std::move(intervals))
    , m_holidays(std::move(holidays))
{
    std::sort(m_intervals.begin(), m_intervals.end(), [](const Interval &a, const Interval &b) {
        return a.weekday != b.weekday ? a.weekday < b.weekday : a.fromMinute < b.fromMinute;
    });
}

QString WorkCalendar::problem() const
{
    bool any = false;
    for (qsizetype i = 0; i < m_intervals.size(); ++i) {
        const Interval &v = m_intervals.at(i);
        if (v.toMinute <= v.fromMinute)
            return QStringLiteral("an interval ends before it starts");
        if (i > 0 && m_intervals.at(i - 1).weekday == v.weekday && m_intervals.at(i - 1).toMinute > v.fromMinute)
            return QStringLiteral("two intervals of one day overlap");
        any = true;
    }
    return any ? QString() : QStringLiteral("it has no working hours");
}

QList<WorkCalendar::Interval> WorkCalendar::dayIntervals(const QDate &day) const
{
    QList<Interval> out;
    if (m_holidays.contains(day))
        return out;
    for (const Interval &v : m_intervals)
        if (v.weekday == day.dayOfWeek())
            out.append(v);
    return out;
}

std::optional<QDateTime> WorkCalendar::add(const QDateTime &start, qint64 seconds) const
{
    if (!problem().isEmpty())
        return std::nullopt;
    if (seconds <= 0)
        return start;
    qint64 left = seconds;
    QDate day = start.date();
    for (int n = 0; n < MaxDays; ++n, day = day.addDays(1)) {
        for (const Interval &v : dayIntervals(day)) {
            const QDateTime from = std::max(at(day, v.fromMinute, start), start);
            const QDateTime to = at(day, v.toMinute, start);
            if (from >= to)
                continue;
            const qint64 available = from.secsTo(to);
            if (left <= available)
                return from.addSecs(left);
            left -= available;
        }
    }
    return std::nullopt;
}

std::optional<QDateTime> WorkCalendar::subtract(const QDateTime &end, qint64 seconds) const
{
    if (!problem().isEmpty())
        return std::nullopt;
    if (seconds <= 0)
        return end;
    qint64 left = seconds;
    QDate day = end.date();
    for (int n = 0; n < MaxDays; ++n, day = day.addDays(-1)) {
        const QList<Interval> intervals = dayIntervals(day);
        for (auto it = intervals.crbegin(); it != intervals.crend(); ++it) {
            const QDateTime from = at(day, it->fromMinute, end);
            const QDateTime to = std::min(at(day, it->toMinute, end), end);
            if (from >= to)
                continue;
            const qint64 available = from.secsTo(to);
            if (left <= available)
                return to.addSecs(-left);
            left -= available;
        }
    }
    return std::nullopt;
}

qint64 WorkCalendar::between(const QDateTime &from, const QDateTime &to) const
{
    qint64 total = 0;
    if (to <= from)
        return 0;
    for (QDate day = from.date(); day <= to.date(); day = day.addDays(1))
        for (const Interval &v : dayIntervals(day)) {
            const QDateTime a = std::max(at(day, v.fromMinute, from), from);
            const QDateTime b = std::min(at(day, v.toMinute, from), to);
            if (a < b)
                total += a.secsTo(b);
        }
    return total;
}

} // namespace erp::crm
