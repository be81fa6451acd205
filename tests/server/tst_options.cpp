// Functional options through the real server: an administrator switches a part of the
// application off and on; what is off disappears from menus, descriptions, forms, lists and
// every method's answers, its data untouched, and comes back unchanged when switched on.
#include "catalogclient.h"
#include "serverprocess.h"

#include <QCborArray>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using erp::client::Reply;
using erp::protocol::ErrorCode;
using namespace erp::test;

namespace {

QStringList navigationKinds(const Reply &r)
{
    QStringList out;
    for (const QCborValue &s : r.result.toMap().value(QStringLiteral("sections")).toArray())
        for (const QCborValue &i : s.toMap().value(QStringLiteral("items")).toArray()) {
            const QCborMap item = i.toMap();
            out << item.value(item.contains(QStringLiteral("document")) ? QStringLiteral("document")
                                                                        : QStringLiteral("catalog"))
                       .toString();
        }
    return out;
}

QStringList navigationCommands(const Reply &r)
{
    QStringList out;
    for (const QCborValue &s : r.result.toMap().value(QStringLiteral("sections")).toArray())
        for (const QCborValue &i : s.toMap().value(QStringLiteral("items")).toArray())
            if (i.toMap().contains(QStringLiteral("command")))
                out << i.toMap().value(QStringLiteral("command")).toString();
    return out;
}

QStringList catalogNames(const Reply &r)
{
    QStringList out;
    for (const QCborValue &k : r.result.toArray())
        out << k.toMap().value(QStringLiteral("name")).toString();
    return out;
}

QStringList fieldNames(const Reply &r)
{
    QStringList out;
    for (const QCborValue &f : r.result.toMap().value(QStringLiteral("fields")).toArray())
        out << f.toMap().value(QStringLiteral("name")).toString();
    return out;
}

QStringList formFields(const Reply &r)
{
    QStringList out;
    for (const QCborValue &p : r.result.toMap().value(QStringLiteral("layout")).toMap().value(QStringLiteral("pages")).toArray())
        for (const QCborValue &g : p.toMap().value(QStringLiteral("groups")).toArray())
            for (const QCborValue &f : g.toMap().value(QStringLiteral("fields")).toArray())
                out << f.toMap().value(QStringLiteral("field")).toString();
    return out;
}

} // namespace

class TestOptions : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    std::unique_ptr<erp::client::Connection> m_admin;
    std::unique_ptr<erp::client::Connection> m_clerk;
    qint64 m_partner = 0, m_event = 0, m_deal = 0;
    QCborMap m_dealAsCreated;

    Reply set(const QString &name, bool enabled)
    {
        return m_admin->call(QStringLiteral("options.set"),
                             map({{QStringLiteral("name"), name}, {QStringLiteral("enabled"), enabled}}));
    }

    QCborMap readDeal(erp::client::Connection &c)
    {
        return c.call(QStringLiteral("document.read"), params(QStringLiteral("deals"), {{QStringLiteral("id"), m_deal}}))
            .result.toMap();
    }

    bool enabled(const QString &name)
    {
        for (const QCborValue &o :
             ERP_CALL_OK(*m_clerk, "options.list", QCborMap()).result.toMap().value(QStringLiteral("options")).toArray())
            if (o.toMap().value(QStringLiteral("name")).toString() == name)
                return o.toMap().value(QStringLiteral("enabled")).toBool();
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_admin = m_server.connect();
        QVERIFY(m_admin);
        QCborMap p = params(QStringLiteral("users"));
        p.insert(QStringLiteral("values"), map({{QStringLiteral("code"), QStringLiteral("clerk")},
                                                {QStringLiteral("name"), QStringLiteral("Lucie Horáková")},
                                                {QStringLiteral("role"), QStringLiteral("clerk")}}));
        QVERIFY(m_admin->call(QStringLiteral("catalog.create"), p).ok);
        QVERIFY(m_admin
                    ->call(QStringLiteral("auth.setPassword"),
                           map({{QStringLiteral("login"), QStringLiteral("clerk")},
                                {QStringLiteral("password"), QStringLiteral("Clerk-Password-1")}}))
                    .ok);
        m_clerk = m_server.connect(QStringLiteral("clerk"), QStringLiteral("Clerk-Password-1"));
        QVERIFY(m_clerk);
        m_partner = createCatalog(*m_admin, QStringLiteral("partners"), map({{QStringLiteral("name"), QStringLiteral("Jitka s.r.o.")}}));
        m_event = createCatalog(*m_admin, QStringLiteral("marketing_events"),
                                map({{QStringLiteral("name"), QStringLiteral("Seminář Brno 2026")}}));
        QVERIFY(m_partner && m_event);
        p = params(QStringLiteral("deals"));
        p.insert(QStringLiteral("values"), map({{QStringLiteral("subject"), QStringLiteral("Vrtačky pro dílnu")},
                                                {QStringLiteral("partner"), m_partner},
                                                {QStringLiteral("deal_type"), standardDealType(*m_admin)},
                                                {QStringLiteral("marketing_event"), m_event},
                                                {QStringLiteral("expected_amount"), QStringLiteral("125000.50")}}));
        const Reply r = m_clerk->call(QStringLiteral("document.create"), p);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        m_deal = r.result.toMap().value(QStringLiteral("id")).toInteger();
        m_dealAsCreated = readDeal(*m_clerk);
        QCOMPARE(m_dealAsCreated.value(QStringLiteral("marketing_event")).toInteger(), m_event);
    }

    void listsEveryOptionOnByDefault()
    {
        const QCborArray options =
            ERP_CALL_OK(*m_clerk, "options.list", QCborMap()).result.toMap().value(QStringLiteral("options")).toArray();
        QStringList names;
        for (const QCborValue &o : options) {
            names << o.toMap().value(QStringLiteral("name")).toString();
            QVERIFY(o.toMap().value(QStringLiteral("enabled")).toBool());
            QVERIFY(!o.toMap().value(QStringLiteral("title")).toString().isEmpty());
        }
        QCOMPARE(names, (QStringList{QStringLiteral("deals"), QStringLiteral("claims"), QStringLiteral("marketing_events"),
                                     QStringLiteral("segments"), QStringLiteral("additional_attributes"),
                                     QStringLiteral("counterparties_per_partner")}));
    }

    void switchingNeedsAnAdministratorAndAKnownOption()
    {
        Reply r = m_clerk->call(QStringLiteral("options.set"),
                                map({{QStringLiteral("name"), QStringLiteral("deals")}, {QStringLiteral("enabled"), false}}));
        QCOMPARE(r.error.code, ErrorCode::Forbidden);
        QVERIFY(enabled(QStringLiteral("deals")));
        r = set(QStringLiteral("dealz"), false);
        QCOMPARE(r.error.code, ErrorCode::Validation);
        QCOMPARE(r.error.field, QStringLiteral("name"));
        QVERIFY2(r.error.message.contains(QStringLiteral("dealz")), qPrintable(r.error.message));
        r = m_admin->call(QStringLiteral("options.set"),
                          map({{QStringLiteral("name"), QStringLiteral("deals")}, {QStringLiteral("enabled"), QStringLiteral("no")}}));
        QCOMPARE(r.error.code, ErrorCode::Validation);
        QCOMPARE(r.error.field, QStringLiteral("enabled"));
        r = m_admin->call(QStringLiteral("options.set"), map({{QStringLiteral("name"), QStringLiteral("deals")}}));
        QCOMPARE(r.error.field, QStringLiteral("enabled"));
        QVERIFY(enabled(QStringLiteral("deals")));
    }

    void dealsOffDisappearFromEveryMethod()
    {
        QVERIFY(navigationKinds(m_clerk->call(QStringLiteral("meta.navigation"))).contains(QStringLiteral("deals")));
        m_admin->takeEvents();
        QVERIFY(set(QStringLiteral("deals"), false).ok);
        // The other connection sees it at once, without a restart; clients are told to describe again.
        bool told = false;
        for (const QCborMap &e : m_admin->waitForEvents(5000))
            told = told || e.value(QStringLiteral("event")).toString() == QLatin1String("metaChanged");
        QVERIFY(told);
        QVERIFY(!enabled(QStringLiteral("deals")));
        QVERIFY(!navigationKinds(m_clerk->call(QStringLiteral("meta.navigation"))).contains(QStringLiteral("deals")));
        // The pipeline of deals goes with them; my tasks stays.
        QVERIFY(!navigationCommands(m_clerk->call(QStringLiteral("meta.navigation"))).contains(QStringLiteral("pipeline")));
        QVERIFY(navigationCommands(m_clerk->call(QStringLiteral("meta.navigation"))).contains(QStringLiteral("myTasks")));
        QVERIFY(navigationKinds(m_clerk->call(QStringLiteral("meta.navigation"))).contains(QStringLiteral("partners")));
        QVERIFY(!catalogNames(m_clerk->call(QStringLiteral("meta.catalogs"))).contains(QStringLiteral("deals")));
        const QList<std::pair<QString, QCborMap>> calls{
            {QStringLiteral("meta.describe"), params(QStringLiteral("deals"))},
            {QStringLiteral("meta.form"), params(QStringLiteral("deals"))},
            {QStringLiteral("document.list"), params(QStringLiteral("deals"))},
            {QStringLiteral("document.read"), params(QStringLiteral("deals"), {{QStringLiteral("id"), m_deal}})},
            {QStringLiteral("document.history"), params(QStringLiteral("deals"), {{QStringLiteral("id"), m_deal}})},
            {QStringLiteral("document.create"),
             params(QStringLiteral("deals"), {{QStringLiteral("values"),
                                               map({{QStringLiteral("subject"), QStringLiteral("x")},
                                                    {QStringLiteral("partner"), m_partner}})}})},
        };
        for (const auto &[method, p] : calls) {
            const Reply r = m_clerk->call(method, p);
            QVERIFY2(r.error.code == ErrorCode::Disabled, qPrintable(method));
            QCOMPARE(r.error.field, QStringLiteral("kind"));
            QVERIFY2(r.error.message.contains(QStringLiteral("deals")), qPrintable(r.error.message));
        }
        // Nothing was created while refused.
        QVERIFY(set(QStringLiteral("deals"), true).ok);
        const QCborMap list =
            ERP_CALL_OK(*m_clerk, "document.list", params(QStringLiteral("deals"))).result.toMap();
        QCOMPARE(list.value(QStringLiteral("rows")).toArray().size(), 1);
    }

    void dealsOnAgainShowTheOldDataUnchanged()
    {
        QVERIFY(set(QStringLiteral("deals"), false).ok);
        QVERIFY(set(QStringLiteral("deals"), true).ok);
        QVERIFY(navigationKinds(m_clerk->call(QStringLiteral("meta.navigation"))).contains(QStringLiteral("deals")));
        QVERIFY(navigationCommands(m_clerk->call(QStringLiteral("meta.navigation"))).contains(QStringLiteral("pipeline")));
        QCOMPARE(readDeal(*m_clerk), m_dealAsCreated);
    }

    void aFieldOfAnOptionThatIsOffIsLeftOutOfOtherKinds()
    {
        QVERIFY(set(QStringLiteral("marketing_events"), false).ok);
        QVERIFY(!fieldNames(m_clerk->call(QStringLiteral("meta.describe"), params(QStringLiteral("deals"))))
                     .contains(QStringLiteral("marketing_event")));
        QVERIFY(fieldNames(m_clerk->call(QStringLiteral("meta.describe"), params(QStringLiteral("deals"))))
                    .contains(QStringLiteral("partner")));
        const QStringList form = formFields(m_clerk->call(QStringLiteral("meta.form"), params(QStringLiteral("deals"))));
        QVERIFY(form.contains(QStringLiteral("subject")));
        QVERIFY(!form.contains(QStringLiteral("marketing_event")));
        const QCborMap deal = readDeal(*m_clerk);
        QVERIFY(!deal.contains(QStringLiteral("marketing_event")));
        QCOMPARE(deal.value(QStringLiteral("subject")).toString(), QStringLiteral("Vrtačky pro dílnu"));
        const QCborArray rows = ERP_CALL_OK(*m_clerk, "document.list", params(QStringLiteral("deals")))
                                    .result.toMap().value(QStringLiteral("rows")).toArray();
        QVERIFY(!rows.first().toMap().contains(QStringLiteral("marketing_event")));
        // Writing it, filtering or sorting by it is refused, naming it; nothing changes.
        Reply r = m_clerk->call(QStringLiteral("document.update"),
                                params(QStringLiteral("deals"),
                                       {{QStringLiteral("id"), m_deal},
                                        {QStringLiteral("version"), deal.value(QStringLiteral("version"))},
                                        {QStringLiteral("values"), map({{QStringLiteral("marketing_event"), m_event}})}}));
        QCOMPARE(r.error.code, ErrorCode::Validation);
        QCOMPARE(r.error.field, QStringLiteral("marketing_event"));
        r = m_clerk->call(QStringLiteral("document.list"),
                          params(QStringLiteral("deals"), {{QStringLiteral("sort"), QStringLiteral("marketing_event")}}));
        QCOMPARE(r.error.code, ErrorCode::Validation);
        QCOMPARE(r.error.field, QStringLiteral("sort"));
        // The kinds of the option answer Disabled.
        r = m_clerk->call(QStringLiteral("catalog.list"), params(QStringLiteral("advertising_channels")));
        QCOMPARE(r.error.code, ErrorCode::Disabled);
        r = m_clerk->call(QStringLiteral("catalog.read"),
                          params(QStringLiteral("marketing_events"), {{QStringLiteral("id"), m_event}}));
        QCOMPARE(r.error.code, ErrorCode::Disabled);
        QVERIFY(set(QStringLiteral("marketing_events"), true).ok);
        QCOMPARE(readDeal(*m_clerk), m_dealAsCreated);
    }

    void counterpartiesPerPartnerOffHidesTheCatalogButKeepsItsData()
    {
        const qint64 counterparty = createCatalog(
            *m_admin, QStringLiteral("counterparties"),
            map({{QStringLiteral("name"), QStringLiteral("Jitka s.r.o.")}, {QStringLiteral("partner"), m_partner}}));
        QVERIFY(counterparty);
        QVERIFY(set(QStringLiteral("counterparties_per_partner"), false).ok);
        QVERIFY(!navigationKinds(m_clerk->call(QStringLiteral("meta.navigation"))).contains(QStringLiteral("counterparties")));
        QVERIFY(!catalogNames(m_clerk->call(QStringLiteral("meta.catalogs"))).contains(QStringLiteral("counterparties")));
        auto relatedKinds = [&] {
            QStringList out;
            const QCborMap layout = m_clerk->call(QStringLiteral("meta.form"), params(QStringLiteral("partners")))
                                        .result.toMap().value(QStringLiteral("layout")).toMap();
            for (const QCborValue &p : layout.value(QStringLiteral("pages")).toArray())
                for (const QCborValue &g : p.toMap().value(QStringLiteral("groups")).toArray())
                    for (const QCborValue &e : g.toMap().value(QStringLiteral("related")).toArray())
                        out << e.toMap().value(QStringLiteral("kind")).toString();
            return out;
        };
        QVERIFY(!relatedKinds().contains(QStringLiteral("counterparties")));
        QVERIFY(relatedKinds().contains(QStringLiteral("contact_persons")));
        // Documents still refer to it: it reads, and a document's counterparty stays a field.
        QVERIFY(m_clerk->call(QStringLiteral("catalog.read"),
                              params(QStringLiteral("counterparties"), {{QStringLiteral("id"), counterparty}})).ok);
        QVERIFY(fieldNames(m_clerk->call(QStringLiteral("meta.describe"), params(QStringLiteral("sales_orders"))))
                    .contains(QStringLiteral("counterparty")));
        // Every partner trades as one counterparty: a document naming the partner gets it.
        const StockedWarehouse stocked = stockedWarehouse(*m_admin, QStringLiteral("5"));
        auto order = [&](qint64 partner) {
            return createDocument(*m_clerk, QStringLiteral("sales_orders"),
                                  map({{QStringLiteral("organization"), stocked.organization},
                                       {QStringLiteral("warehouse"), stocked.warehouse},
                                       {QStringLiteral("partner"), partner}}),
                                  {map({{QStringLiteral("product"), stocked.product},
                                        {QStringLiteral("quantity"), QStringLiteral("1")},
                                        {QStringLiteral("price"), QStringLiteral("10")}})},
                                  false);
        };
        Reply r = order(m_partner);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(r.result.toMap().value(QStringLiteral("counterparty")).toInteger(), counterparty);
        // A partner without one gets one, named like it, with its IČO.
        const qint64 newcomer = createCatalog(*m_clerk, QStringLiteral("partners"),
                                              map({{QStringLiteral("name"), QStringLiteral("Nováček s.r.o.")},
                                                   {QStringLiteral("ico"), QStringLiteral("27082440")}}));
        r = order(newcomer);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const qint64 created = r.result.toMap().value(QStringLiteral("counterparty")).toInteger();
        QVERIFY(created && created != counterparty);
        const QCborMap one = m_clerk->call(QStringLiteral("catalog.read"),
                                           params(QStringLiteral("counterparties"), {{QStringLiteral("id"), created}}))
                                 .result.toMap();
        QCOMPARE(one.value(QStringLiteral("name")).toString(), QStringLiteral("Nováček s.r.o."));
        QCOMPARE(one.value(QStringLiteral("ico")).toString(), QStringLiteral("27082440"));
        QCOMPARE(one.value(QStringLiteral("partner")).toInteger(), newcomer);
        // The next document of that partner takes the same one.
        r = order(newcomer);
        QCOMPARE(r.result.toMap().value(QStringLiteral("counterparty")).toInteger(), created);
        QVERIFY(set(QStringLiteral("counterparties_per_partner"), true).ok);
        QVERIFY(relatedKinds().contains(QStringLiteral("counterparties")));
        // Switched on, nothing is filled for the clerk any more.
        r = order(m_partner);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QVERIFY(r.result.toMap().value(QStringLiteral("counterparty")).isNull());
        QVERIFY(navigationKinds(m_clerk->call(QStringLiteral("meta.navigation"))).contains(QStringLiteral("counterparties")));
    }

    void anOptionSurvivesARestart()
    {
        QVERIFY(set(QStringLiteral("deals"), false).ok);
        m_admin.reset();
        m_clerk.reset();
        QVERIFY(m_server.restart());
        m_admin = m_server.connect();
        m_clerk = m_server.connect(QStringLiteral("clerk"), QStringLiteral("Clerk-Password-1"));
        QVERIFY(m_admin && m_clerk);
        QVERIFY(!enabled(QStringLiteral("deals")));
        QCOMPARE(m_clerk->call(QStringLiteral("document.read"),
                               params(QStringLiteral("deals"), {{QStringLiteral("id"), m_deal}})).error.code,
                 ErrorCode::Disabled);
        QVERIFY(set(QStringLiteral("deals"), true).ok);
        QCOMPARE(readDeal(*m_clerk), m_dealAsCreated);
    }

    // A scheduled job of an option that is off does not run (the segments' hourly rebuild):
    // rounds of the scheduler pass (the reminders' job, of no option, reminds a task each
    // round) and the segment gains no members; switched on, the job runs at the next tick,
    // its members dated after the switch.
    void aJobWaitsWhileItsOptionIsOff()
    {
        const qint64 partner = createCatalog(*m_admin, QStringLiteral("partners"),
                                             map({{QStringLiteral("name"), QStringLiteral("Hanácká pekárna")},
                                                  {QStringLiteral("city"), QStringLiteral("Kroměříž")}}));
        QCborMap p = params(QStringLiteral("segments"));
        p.insert(QStringLiteral("values"), map({{QStringLiteral("name"), QStringLiteral("Kroměříž")},
                                                {QStringLiteral("segment_kind"), QStringLiteral("rules")}}));
        p.insert(QStringLiteral("sections"),
                 map({{QStringLiteral("rules"), QCborArray{map({{QStringLiteral("criterion"), QStringLiteral("city")},
                                                                {QStringLiteral("value"), QStringLiteral("Kroměříž")}})}}}));
        const Reply created = ERP_CALL_OK(*m_admin, "catalog.create", p);
        const qint64 segment = created.result.toMap().value(QStringLiteral("id")).toInteger();
        QVERIFY(partner && segment);
        QVERIFY(set(QStringLiteral("segments"), false).ok);
        m_admin.reset();
        m_clerk.reset();
        QVERIFY(m_server.restart({QStringLiteral("--scheduler-interval"), QStringLiteral("1")}));
        m_admin = m_server.connect();
        QVERIFY(m_admin);
        QCborMap users = params(QStringLiteral("users"));
        users.insert(QStringLiteral("filters"), QCborArray{map({{QStringLiteral("field"), QStringLiteral("code")},
                                                                {QStringLiteral("value"), QStringLiteral("admin")}})});
        const qint64 admin = ERP_CALL_OK(*m_admin, "catalog.list", users)
                                 .result.toMap().value(QStringLiteral("rows")).toArray().at(0).toMap()
                                 .value(QStringLiteral("id")).toInteger();
        QVERIFY(admin);
        // Two reminders, each of a later round: the round before the second has run every job.
        for (int round = 0; round < 2; ++round) {
            QCborMap task = params(QStringLiteral("tasks"));
            task.insert(QStringLiteral("values"),
                        map({{QStringLiteral("subject"), QStringLiteral("round %1").arg(round)},
                             {QStringLiteral("assignee"), admin},
                             {QStringLiteral("remind_at"),
                              QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODate)}}));
            const qint64 marker = ERP_CALL_OK(*m_admin, "document.create", task).result.toMap()
                                      .value(QStringLiteral("id")).toInteger();
            QVERIFY(marker);
            bool reminded = false;
            QDeadlineTimer deadline(20000);
            while (!reminded && !deadline.hasExpired())
                for (const QCborMap &e : m_admin->waitForEvents(int(qMax<qint64>(1, deadline.remainingTime()))))
                    reminded = reminded || (e.value(QStringLiteral("event")).toString() == QLatin1String("reminder")
                                            && e.value(QStringLiteral("data")).toMap().value(QStringLiteral("id")).toInteger()
                                                   == marker);
            QVERIFY2(reminded, "the scheduler ran no round");
        }
        const QDateTime switchedOn = QDateTime::currentDateTimeUtc().addMSecs(-1);
        QVERIFY(set(QStringLiteral("segments"), true).ok);
        QCborArray rows;
        QDeadlineTimer deadline(20000);
        while (rows.isEmpty() && !deadline.hasExpired()) {
            QTest::qWait(200);
            rows = ERP_CALL_OK(*m_admin, "crm.segmentMembers", map({{QStringLiteral("segment"), segment}}))
                       .result.toMap().value(QStringLiteral("rows")).toArray();
        }
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).toMap().value(QStringLiteral("partner")).toInteger(), partner);
        const QDateTime since =
            QDateTime::fromString(rows.at(0).toMap().value(QStringLiteral("since")).toString(), Qt::ISODateWithMs);
        QVERIFY2(since >= switchedOn, qPrintable(since.toString(Qt::ISODateWithMs) + QStringLiteral(" < ") + switchedOn.toString(Qt::ISODateWithMs)));
    }
    // While other connections keep calling (and so build the model now and then), every call
    // after a switch's answer gets the switched model, never one built from the data before.
    void aSwitchIsSeenByEveryLaterCallEvenUnderLoad()
    {
        // The server logs every call; thousands of them would fill the pipe the test reads its
        // output from only between calls.
        qputenv("QT_LOGGING_RULES", "default.info=false");
        QVERIFY(m_server.restart());
        qunsetenv("QT_LOGGING_RULES");
        m_admin = m_server.connect();
        m_clerk = m_server.connect(QStringLiteral("clerk"), QStringLiteral("Clerk-Password-1"));
        QVERIFY(m_admin && m_clerk);
        std::atomic<bool> stop{false};
        std::vector<std::thread> load;
        for (int t = 0; t < 3; ++t)
            load.emplace_back([&] {
                auto c = m_server.connect();
                while (c && !stop.load()) {
                    c->call(QStringLiteral("meta.navigation"));
                    c->call(QStringLiteral("options.list"));
                }
            });
        int stale = 0;
        for (int round = 0; round < 40; ++round) {
            const bool on = round % 2 == 1;
            const Reply r = set(QStringLiteral("marketing_events"), on);
            if (!r.ok)
                qWarning().noquote() << r.error.message;
            if (!r.ok || enabled(QStringLiteral("marketing_events")) != on)
                ++stale;
        }
        stop = true;
        for (std::thread &t : load)
            t.join();
        QCOMPARE(stale, 0);
        QVERIFY(enabled(QStringLiteral("marketing_events")));
    }
};

QTEST_GUILESS_MAIN(TestOptions)
#include "tst_options.moc"
