// Working-time arithmetic of claim deadlines, pure: a schedule in, moments out.
#include "crm/workcalendar.h"

#include <QTest>

using erp::crm::WorkCalendar;

namespace {

// Monday to Friday 8:00 to 16:00.
QList<WorkCalendar::Interval> officeHours()
{
    QList<WorkCalendar::Interval> out;
    for (int day = 1; day <= 5; ++day)
        out.append({day, 8 * 60, 16 * 60});
    return out;
}

QDateTime at(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

constexpr qint64 Hour = 3600;

} // namespace

class TestWorkCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Friday 4 Dec 2026 15:00 + 4 working hours: 1 on Friday, 3 on Monday.
    void fourHoursFromFridayAfternoonEndMondayAtEleven()
    {
        const WorkCalendar c(officeHours(), {});
        QCOMPARE(c.add(at(2026, 12, 4, 15), 4 * Hour), at(2026, 12, 7, 11));
        QCOMPARE(c.between(at(2026, 12, 4, 15), at(2026, 12, 7, 11)), 4 * Hour);
    }

    // The same with Monday a holiday: Tuesday 11:00.
    void aHolidayIsSkipped()
    {
        const WorkCalendar c(officeHours(), {QDate(2026, 12, 7)});
        QCOMPARE(c.add(at(2026, 12, 4, 15), 4 * Hour), at(2026, 12, 8, 11));
    }

    // Registered on Saturday night: the clock starts on Monday at 8.
    void timeOutsideWorkingHoursDoesNotCount()
    {
        const WorkCalendar c(officeHours(), {});
        QCOMPARE(c.add(at(2026, 12, 5, 22), 2 * Hour), at(2026, 12, 7, 10));
        QCOMPARE(c.add(at(2026, 12, 7, 6), 8 * Hour), at(2026, 12, 7, 16));
        // Exactly a whole day ends at its close, not at the next morning.
        QCOMPARE(c.add(at(2026, 12, 7, 8), 8 * Hour), at(2026, 12, 7, 16));
        QCOMPARE(c.add(at(2026, 12, 7, 8), 8 * Hour + 1), at(2026, 12, 8, 8).addSecs(1));
        QCOMPARE(c.add(at(2026, 12, 5, 22), 0), at(2026, 12, 5, 22));
    }

    // A lunch break splits a day; minutes count.
    void severalIntervalsADay()
    {
        QList<WorkCalendar::Interval> split;
        for (int day = 1; day <= 5; ++day) {
            split.append({day, 12 * 60 + 30, 16 * 60}); // given out of order: sorted
            split.append({day, 8 * 60, 12 * 60});
        }
        const WorkCalendar c(split, {});
        QCOMPARE(c.add(at(2026, 12, 7, 11, 30), 90 * 60), at(2026, 12, 7, 13, 30));
        QCOMPARE(c.subtract(at(2026, 12, 7, 13, 30), 90 * 60), at(2026, 12, 7, 11, 30));
    }

    // The warning before a deadline counts working time backwards, over a weekend.
    void subtractGoesBackOverAWeekend()
    {
        const WorkCalendar c(officeHours(), {QDate(2026, 12, 4)});
        // Monday 9:00 - 2 hours: Monday 8-9, then (Friday is a holiday) Thursday 15:00.
        QCOMPARE(c.subtract(at(2026, 12, 7, 9), 2 * Hour), at(2026, 12, 3, 15));
    }

    // Several weeks of hours cross every weekend.
    void aLongServiceLevelCrossesWeekends()
    {
        const WorkCalendar c(officeHours(), {});
        // 80 working hours = 10 working days from Monday 8:00: Friday of the next week 16:00.
        QCOMPARE(c.add(at(2026, 12, 7, 8), 80 * Hour), at(2026, 12, 18, 16));
    }

    void aScheduleWithoutWorkingTimeIsAProblem()
    {
        QVERIFY(!WorkCalendar({}, {}).problem().isEmpty());
        QVERIFY(!WorkCalendar({{1, 16 * 60, 8 * 60}}, {}).problem().isEmpty());
        QVERIFY(!WorkCalendar({{1, 8 * 60, 12 * 60}, {1, 11 * 60, 13 * 60}}, {}).problem().isEmpty());
        QVERIFY(!WorkCalendar({}, {}).add(at(2026, 12, 7, 8), Hour).has_value());
        QVERIFY(WorkCalendar(officeHours(), {}).problem().isEmpty());
        // Working every day around the clock: calendar hours.
        QList<WorkCalendar::Interval> always;
        for (int day = 1; day <= 7; ++day)
            always.append({day, 0, 24 * 60});
        QCOMPARE(WorkCalendar(always, {}).add(at(2026, 12, 5, 22), 5 * Hour), at(2026, 12, 6, 3));
    }
};

QTEST_GUILESS_MAIN(TestWorkCalendar)
#include "tst_workcalendar.moc"
