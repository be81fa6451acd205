// Cancelling calls, the progress of long reports and saved report settings, through the real
// server with two workers and the test-only report "test_slow" (--test-reports): a cancelled
// report answers Cancelled (17) while every worker is busy and the other calls finish as if
// nothing happened; a statement Firebird is running is stopped inside the engine and answers
// Cancelled, not Internal; progress arrives for the call, throttled; the report time limit
// answers Timeout; settings are kept per user, shared with a role by an administrator only,
// and checked like report.run's parameters.
#include "catalogclient.h"
#include "serverprocess.h"

#include <QCborArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTest>

using erp::client::Connection;
using erp::client::Reply;
using erp::protocol::ErrorCode;
using namespace erp::test;
using namespace Qt::StringLiterals;

namespace {

QCborMap slow(qint64 steps, qint64 stepMs, bool heavy = false)
{
    QCborMap params = map({{u"steps"_s, steps}, {u"stepMs"_s, stepMs}});
    if (heavy)
        params.insert(u"heavy"_s, true);
    return map({{u"report"_s, u"test_slow"_s}, {u"params"_s, params}});
}

// The progress events of one call among the pushes.
QList<QCborMap> progressOf(const QList<QCborMap> &events, qint64 call)
{
    QList<QCborMap> out;
    for (const QCborMap &e : events)
        if (e.value(u"event"_s).toString() == u"progress"_s
            && e.value(u"data"_s).toMap().value(u"call"_s).toInteger() == call)
            out.append(e.value(u"data"_s).toMap());
    return out;
}

// Waits until the call has told progress (it runs on a worker), at the stage when one is given.
bool waitForProgress(Connection &c, qint64 call, const QString &stage = {})
{
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 20000)
        for (const QCborMap &p : progressOf(c.waitForEvents(1000), call))
            if (stage.isEmpty() || p.value(u"stage"_s).toString() == stage)
                return true;
    return false;
}

qint64 rowsOf(const Reply &r)
{
    return r.result.toMap().value(u"rows"_s).toArray().size();
}

} // namespace

class TestReportCancel : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    std::unique_ptr<Connection> m_a, m_b, m_clerk;

    Reply cancel(Connection &c, qint64 call) { return c.call(u"system.cancel"_s, map({{u"call"_s, call}})); }

    QCborArray settings(Connection &c, const QString &report)
    {
        const Reply r = c.call(u"report.settings"_s, map({{u"report"_s, report}}));
        return r.ok ? r.result.toMap().value(u"settings"_s).toArray() : QCborArray();
    }

    QStringList names(const QCborArray &settings)
    {
        QStringList out;
        for (const QCborValue &s : settings)
            out.append(s.toMap().value(u"name"_s).toString());
        return out;
    }

    QCborMap named(const QCborArray &settings, const QString &name)
    {
        for (const QCborValue &s : settings)
            if (s.toMap().value(u"name"_s).toString() == name)
                return s.toMap();
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start({u"--workers"_s, u"2"_s, u"--test-reports"_s}));
        m_a = m_server.connect();
        m_b = m_server.connect();
        QVERIFY(m_a && m_b);
        QVERIFY(createCatalog(*m_a, u"users"_s,
                              map({{u"code"_s, u"rclerk"_s}, {u"name"_s, u"Rita Clerk"_s}, {u"role"_s, u"clerk"_s}})));
        QVERIFY(m_a->call(u"auth.setPassword"_s, map({{u"login"_s, u"rclerk"_s}, {u"password"_s, u"Clerk-Password-1"_s}}))
                    .ok);
        m_clerk = m_server.connect(u"rclerk"_s, u"Clerk-Password-1"_s);
        QVERIFY(m_clerk);
    }

    void cancelStopsARunningReportWhileAllWorkersAreBusy()
    {
        // Two workers: a's long report and b's shorter one hold both; a's third call waits.
        const qint64 running = m_a->send(u"report.run"_s, slow(3000, 10)); // 30 s unless cancelled
        const qint64 other = m_b->send(u"report.run"_s, slow(150, 10));
        QVERIFY(waitForProgress(*m_a, running));
        const qint64 queued = m_a->send(u"report.run"_s, slow(5, 0));
        QElapsedTimer sinceCancel;
        sinceCancel.start();
        const Reply c = cancel(*m_a, running);
        QVERIFY2(c.ok, qPrintable(c.error.message));
        QCOMPARE(c.result.toMap().value(u"cancelled"_s).toBool(), true);
        const Reply stopped = m_a->wait(running, 10000);
        QVERIFY(!stopped.ok);
        QCOMPARE(stopped.error.code, ErrorCode::Cancelled);
        qInfo("cancelled report answered %lld ms after system.cancel", sinceCancel.elapsed());
        // The call that waited runs on the freed worker; b's report is whole.
        const Reply after = m_a->wait(queued);
        QVERIFY2(after.ok, qPrintable(after.error.message));
        QCOMPARE(rowsOf(after), 5);
        const Reply whole = m_b->wait(other);
        QVERIFY2(whole.ok, qPrintable(whole.error.message));
        QCOMPARE(rowsOf(whole), 150);
        QCOMPARE(whole.result.toMap().value(u"totals"_s).toMap().value(u"step"_s).toInteger(), 150);
        // A cancelled call is finished: cancelling it again stops nothing.
        QCOMPARE(cancel(*m_a, running).result.toMap().value(u"cancelled"_s).toBool(), false);
        m_a->takeEvents();
        m_b->takeEvents();
    }

    void aQueuedCallIsDroppedAndAnsweredAtOnce()
    {
        const qint64 first = m_a->send(u"report.run"_s, slow(3000, 10));
        const qint64 second = m_b->send(u"report.run"_s, slow(3000, 10));
        QVERIFY(waitForProgress(*m_a, first));
        QVERIFY(waitForProgress(*m_b, second));
        const qint64 queued = m_a->send(u"report.run"_s, slow(5, 0));
        QCOMPARE(cancel(*m_a, queued).result.toMap().value(u"cancelled"_s).toBool(), true);
        // Answered while both workers are still busy with the reports before it.
        const Reply dropped = m_a->wait(queued, 10000);
        QCOMPARE(dropped.error.code, ErrorCode::Cancelled);
        // Only a call's own connection cancels it: b has no call with a's id running.
        QVERIFY(first != second);
        QCOMPARE(cancel(*m_b, first).result.toMap().value(u"cancelled"_s).toBool(), false);
        QCOMPARE(cancel(*m_a, first).result.toMap().value(u"cancelled"_s).toBool(), true);
        QCOMPARE(cancel(*m_b, second).result.toMap().value(u"cancelled"_s).toBool(), true);
        QCOMPARE(m_a->wait(first, 10000).error.code, ErrorCode::Cancelled);
        QCOMPARE(m_b->wait(second, 10000).error.code, ErrorCode::Cancelled);
        m_a->takeEvents();
        m_b->takeEvents();
    }

    void progressArrivesThrottledForTheCallOnly()
    {
        QElapsedTimer ran;
        ran.start();
        const qint64 call = m_a->send(u"report.run"_s, slow(150, 10));
        const Reply r = m_a->wait(call);
        const qint64 ms = ran.elapsed();
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const QList<QCborMap> progress = progressOf(m_a->takeEvents(), call);
        // 150 steps told, a few sent: the first after 300 ms, then at most one per 250 ms.
        QVERIFY2(progress.size() >= 2, qPrintable(QString::number(progress.size())));
        QVERIFY2(progress.size() <= ms / 250 + 1, qPrintable(u"%1 in %2 ms"_s.arg(progress.size()).arg(ms)));
        qint64 last = -1;
        for (const QCborMap &p : progress) {
            QCOMPARE(p.value(u"total"_s).toInteger(), 150);
            QCOMPARE(p.value(u"stage"_s).toString(), u"steps"_s);
            QVERIFY(p.value(u"done"_s).toInteger() > last);
            last = p.value(u"done"_s).toInteger();
        }
        // The other connection hears nothing of it; a quick report tells no progress.
        QVERIFY(progressOf(m_b->takeEvents(), call).isEmpty());
        const qint64 quick = m_a->send(u"report.run"_s, slow(5, 0));
        QVERIFY(m_a->wait(quick).ok);
        QVERIFY(progressOf(m_a->takeEvents(), quick).isEmpty());
    }

    void cancelOfAnUnknownCallIsFalseAndItsParameterChecked()
    {
        QCOMPARE(cancel(*m_a, 987654).result.toMap().value(u"cancelled"_s).toBool(), false);
        const Reply bad = m_a->call(u"system.cancel"_s, map({{u"call"_s, u"7"_s}}));
        QCOMPARE(bad.error.code, ErrorCode::Validation);
        QCOMPARE(bad.error.field, u"call"_s);
        QCOMPARE(m_a->call(u"system.cancel"_s, {}).error.field, u"call"_s);
        auto anonymous = m_server.connect(QString());
        QVERIFY(anonymous);
        QCOMPARE(cancel(*anonymous, 1).error.code, ErrorCode::NotAuthenticated);
    }

    void aStatementRunningInFirebirdIsCancelledThere()
    {
        // The report tells the stage "query" and then runs a cross join Firebird needs minutes
        // for, without any check of its own: only the engine can stop it.
        const qint64 call = m_a->send(u"report.run"_s, slow(0, 0, true));
        QVERIFY(waitForProgress(*m_a, call, u"query"_s));
        QCOMPARE(cancel(*m_a, call).result.toMap().value(u"cancelled"_s).toBool(), true);
        const Reply r = m_a->wait(call, 20000);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.code, ErrorCode::Cancelled);
        // The attachment works on for the calls that follow, on either worker.
        for (int i = 0; i < 4; ++i) {
            const Reply next = m_a->call(u"report.run"_s, slow(3, 0));
            QVERIFY2(next.ok, qPrintable(next.error.message));
            QCOMPARE(rowsOf(next), 3);
        }
        const Reply list = m_a->call(u"catalog.list"_s, map({{u"kind"_s, u"users"_s}}));
        QVERIFY2(list.ok, qPrintable(list.error.message));
    }

    void aReportOverTheTimeLimitAnswersTimeout()
    {
        ServerProcess limited;
        QVERIFY(limited.start({u"--report-timeout"_s, u"1"_s, u"--test-reports"_s}));
        auto c = limited.connect();
        QVERIFY(c);
        const Reply r = c->call(u"report.run"_s, slow(3000, 10), 20000);
        QCOMPARE(r.error.code, ErrorCode::Timeout);
        QVERIFY2(r.error.message.contains(u"report.run"_s), qPrintable(r.error.message));
        // A statement inside Firebird is stopped by the limit as well.
        const Reply heavy = c->call(u"report.run"_s, slow(0, 0, true), 20000);
        QCOMPARE(heavy.error.code, ErrorCode::Timeout);
        QVERIFY(c->call(u"report.run"_s, slow(3, 0)).ok);
    }

    void settingsAreSavedListedSharedAndDeleted()
    {
        const QCborMap november = map({{u"from"_s, u"2026-11-01T00:00:00Z"_s}, {u"to"_s, u"2026-11-30T23:59:59Z"_s},
                                       {u"groupBy"_s, u"partner"_s}});
        const Reply saved = m_a->call(u"report.saveSettings"_s, map({{u"report"_s, u"sales_by_period"_s},
                                                                     {u"name"_s, u"November by partner"_s},
                                                                     {u"params"_s, november}}));
        QVERIFY2(saved.ok, qPrintable(saved.error.message));
        const qint64 id = saved.result.toMap().value(u"id"_s).toInteger();
        QVERIFY(id > 0);
        QCborMap mine = named(settings(*m_a, u"sales_by_period"_s), u"November by partner"_s);
        QCOMPARE(mine.value(u"id"_s).toInteger(), id);
        QCOMPARE(mine.value(u"own"_s).toBool(), true);
        QCOMPARE(mine.value(u"role"_s), QCborValue(QCborValue::Null));
        QCOMPARE(mine.value(u"params"_s).toMap().toJsonObject(), november.toJsonObject()); // keys in any order
        // Saving the name again replaces it.
        QCborMap december = november;
        december.insert(u"from"_s, u"2026-12-01T00:00:00Z"_s);
        const Reply again = m_a->call(u"report.saveSettings"_s, map({{u"report"_s, u"sales_by_period"_s},
                                                                     {u"name"_s, u"November by partner"_s},
                                                                     {u"params"_s, december}}));
        QCOMPARE(again.result.toMap().value(u"id"_s).toInteger(), id);
        QCOMPARE(names(settings(*m_a, u"sales_by_period"_s)).count(u"November by partner"_s), 1);
        QCOMPARE(named(settings(*m_a, u"sales_by_period"_s), u"November by partner"_s)
                     .value(u"params"_s)
                     .toMap()
                     .toJsonObject(),
                 december.toJsonObject());
        // An integer parameter comes back an integer.
        const QCborMap vat = map({{u"organization"_s, 12345678}});
        QVERIFY(m_a->call(u"report.saveSettings"_s,
                          map({{u"report"_s, u"vat_summary"_s}, {u"name"_s, u"Org"_s}, {u"params"_s, vat}}))
                    .ok);
        const QCborValue organization =
            named(settings(*m_a, u"vat_summary"_s), u"Org"_s).value(u"params"_s).toMap().value(u"organization"_s);
        QVERIFY(organization.isInteger());
        QCOMPARE(organization.toInteger(), 12345678);

        // The clerk does not see the administrator's own settings, but those shared with her role.
        QVERIFY(!names(settings(*m_clerk, u"sales_by_period"_s)).contains(u"November by partner"_s));
        const Reply shared = m_a->call(u"report.saveSettings"_s,
                                       map({{u"report"_s, u"sales_by_period"_s}, {u"name"_s, u"For clerks"_s},
                                            {u"params"_s, november}, {u"role"_s, u"clerk"_s}}));
        QVERIFY2(shared.ok, qPrintable(shared.error.message));
        const QCborMap forClerks = named(settings(*m_clerk, u"sales_by_period"_s), u"For clerks"_s);
        QCOMPARE(forClerks.value(u"own"_s).toBool(), false);
        QCOMPARE(forClerks.value(u"owner"_s).toString(), u"admin"_s);
        QCOMPARE(forClerks.value(u"role"_s).toString(), u"clerk"_s);
        QCOMPARE(forClerks.value(u"params"_s).toMap().toJsonObject(), november.toJsonObject());

        // Sharing needs the administrator right; nothing is saved.
        const Reply refused = m_clerk->call(u"report.saveSettings"_s,
                                            map({{u"report"_s, u"sales_by_period"_s}, {u"name"_s, u"Mine shared"_s},
                                                 {u"params"_s, november}, {u"role"_s, u"clerk"_s}}));
        QCOMPARE(refused.error.code, ErrorCode::Forbidden);
        QVERIFY(!names(settings(*m_clerk, u"sales_by_period"_s)).contains(u"Mine shared"_s));
        const Reply own = m_clerk->call(u"report.saveSettings"_s, map({{u"report"_s, u"sales_by_period"_s},
                                                                       {u"name"_s, u"Mine"_s},
                                                                       {u"params"_s, november}}));
        QVERIFY2(own.ok, qPrintable(own.error.message));
        QVERIFY(!names(settings(*m_a, u"sales_by_period"_s)).contains(u"Mine"_s));

        // Deleting: the owner or an administrator.
        const Reply notHers = m_clerk->call(u"report.deleteSettings"_s, map({{u"id"_s, forClerks.value(u"id"_s)}}));
        QCOMPARE(notHers.error.code, ErrorCode::Forbidden);
        QVERIFY(m_clerk->call(u"report.deleteSettings"_s, map({{u"id"_s, own.result.toMap().value(u"id"_s)}})).ok);
        QVERIFY(!names(settings(*m_clerk, u"sales_by_period"_s)).contains(u"Mine"_s));
        QVERIFY(m_a->call(u"report.deleteSettings"_s, map({{u"id"_s, forClerks.value(u"id"_s)}})).ok);
        QVERIFY(!names(settings(*m_clerk, u"sales_by_period"_s)).contains(u"For clerks"_s));
        QCOMPARE(m_a->call(u"report.deleteSettings"_s, map({{u"id"_s, forClerks.value(u"id"_s)}})).error.code,
                 ErrorCode::NotFound);
    }

    void badSettingsAreRefusedNamingTheField_data()
    {
        QTest::addColumn<QCborMap>("call");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("field");
        const QCborMap good = map({{u"groupBy"_s, u"month"_s}});
        auto call = [&](const QCborValue &params, const QString &name = u"Bad"_s) {
            return map({{u"report"_s, u"sales_by_period"_s}, {u"name"_s, name}, {u"params"_s, params}});
        };
        QTest::newRow("a moment that is not one") << call(map({{u"from"_s, u"yesterday"_s}})) << int(ErrorCode::Validation)
                                                   << u"params.from"_s;
        QTest::newRow("a choice not offered") << call(map({{u"groupBy"_s, u"week"_s}})) << int(ErrorCode::Validation)
                                               << u"params.groupBy"_s;
        QTest::newRow("a parameter the report lacks") << call(map({{u"bogus"_s, 1}})) << int(ErrorCode::BadRequest)
                                                       << u"params.bogus"_s;
        QTest::newRow("params not a map") << call(u"month"_s) << int(ErrorCode::Validation) << u"params"_s;
        QTest::newRow("no name") << call(good, QString()) << int(ErrorCode::Validation) << u"name"_s;
        QTest::newRow("a name too long") << call(good, QString(81, u'x')) << int(ErrorCode::Validation) << u"name"_s;
        QCborMap noRole = call(good);
        noRole.insert(u"role"_s, u"pilot"_s);
        QTest::newRow("a role that is none") << noRole << int(ErrorCode::Validation) << u"role"_s;
        QCborMap noReport = call(good);
        noReport.insert(u"report"_s, u"no_such_report"_s);
        QTest::newRow("a report that is none") << noReport << int(ErrorCode::Validation) << u"report"_s;
    }

    void badSettingsAreRefusedNamingTheField()
    {
        QFETCH(QCborMap, call);
        QFETCH(int, code);
        QFETCH(QString, field);
        const qsizetype before = settings(*m_a, u"sales_by_period"_s).size();
        const Reply r = m_a->call(u"report.saveSettings"_s, call);
        QVERIFY(!r.ok);
        QCOMPARE(int(r.error.code), code);
        QCOMPARE(r.error.field, field);
        QVERIFY2(r.error.message.startsWith(field), qPrintable(r.error.message));
        QCOMPARE(settings(*m_a, u"sales_by_period"_s).size(), before);
    }
};

QTEST_GUILESS_MAIN(TestReportCancel)
#include "tst_reportcancel.moc"
