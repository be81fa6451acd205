// The one access gate: a role's record-level rule hides a partner, its counterparty and its
// documents from a clerk, and the hidden rows appear on no path (read, list, search, related
// documents, movements, history, "based on", register queries, reports, pushes), while the
// administrator still sees everything.
#include "catalogclient.h"
#include "serverprocess.h"

#include <QCborArray>
#include <QElapsedTimer>
#include <QSet>
#include <QTest>

using erp::client::Reply;
using erp::protocol::ErrorCode;
using namespace erp::test;

namespace {

const QString HiddenName = QStringLiteral("Beta Skrytá");

// Where in a reply a hidden id or the hidden name stands, or "" when nowhere.
QString findHidden(const QCborValue &v, const QSet<qint64> &ids, const QString &path = QStringLiteral("$"))
{
    if (v.isInteger() && ids.contains(v.toInteger()))
        return path;
    if (v.isString() && v.toString().contains(HiddenName))
        return path;
    if (v.isArray()) {
        const QCborArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            if (const QString at = findHidden(a.at(i), ids, QStringLiteral("%1[%2]").arg(path).arg(i)); !at.isEmpty())
                return at;
    }
    if (v.isMap()) {
        const QCborMap m = v.toMap();
        for (auto it = m.constBegin(); it != m.constEnd(); ++it)
            if (const QString at = findHidden(it.value(), ids, path + u'.' + it.key().toString()); !at.isEmpty())
                return at;
    }
    return {};
}

} // namespace

class TestAccess : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    std::unique_ptr<erp::client::Connection> m_admin, m_clerk;
    qint64 m_org = 0, m_warehouse = 0, m_product = 0;
    struct Party
    {
        qint64 partner = 0, counterparty = 0, order = 0, shipment = 0, invoice = 0;
    } m_visible, m_hidden;

    qint64 createCatalog(const QString &kind, const QCborMap &values)
    {
        return erp::test::createCatalog(*m_admin, kind, values);
    }

    qint64 post(const QString &kind, const QCborMap &values, const QCborArray &lines)
    {
        const Reply r = createDocument(*m_admin, kind, values, lines, true);
        if (!r.ok)
            qWarning().noquote() << kind << r.error.message << r.error.field;
        return r.result.toMap().value(QStringLiteral("id")).toInteger();
    }

    Party sell(const QString &name, const QString &code, const QString &quantity)
    {
        Party p;
        p.partner = createCatalog(QStringLiteral("partners"),
                                  map({{QStringLiteral("code"), code}, {QStringLiteral("name"), name}}));
        p.counterparty = createCatalog(
            QStringLiteral("counterparties"),
            map({{QStringLiteral("name"), name + QStringLiteral(" s.r.o.")}, {QStringLiteral("partner"), p.partner}}));
        const QCborMap head = map({{QStringLiteral("organization"), m_org},
                                   {QStringLiteral("warehouse"), m_warehouse},
                                   {QStringLiteral("partner"), p.partner},
                                   {QStringLiteral("counterparty"), p.counterparty},
                                   {QStringLiteral("date"), QStringLiteral("2026-11-21T09:00:00Z")}});
        const QCborArray lines{map({{QStringLiteral("product"), m_product},
                                    {QStringLiteral("quantity"), quantity},
                                    {QStringLiteral("price"), QStringLiteral("100")},
                                    {QStringLiteral("vat_rate"), vatRate(*m_admin, QStringLiteral("standard"))}})};
        p.order = post(QStringLiteral("sales_orders"), head, lines);
        QCborMap linked = head;
        linked.insert(QStringLiteral("sales_order"), p.order);
        p.shipment = post(QStringLiteral("shipments"), linked,
                          {map({{QStringLiteral("product"), m_product},
                                {QStringLiteral("quantity"), quantity},
                                {QStringLiteral("price"), QStringLiteral("100")}})});
        linked.remove(QStringLiteral("warehouse"));
        linked.insert(QStringLiteral("shipment"), p.shipment); // invoiced on shipment
        p.invoice = post(QStringLiteral("sales_invoices"), linked, lines);
        return p;
    }

    QSet<qint64> hiddenIds() const
    {
        return {m_hidden.partner, m_hidden.counterparty, m_hidden.order, m_hidden.shipment, m_hidden.invoice};
    }

    // The clerk's answer, checked to contain nothing hidden.
    Reply seen(const QString &method, const QCborMap &p)
    {
        const Reply r = m_clerk->call(method, p);
        const QString at = findHidden(r.ok ? r.result : QCborValue(r.error.message), hiddenIds());
        if (!at.isEmpty())
            qWarning().noquote() << method << "shows a hidden row at" << at;
        return r;
    }

    bool revealsNothing(const QString &method, const QCborMap &p)
    {
        const Reply r = m_clerk->call(method, p);
        if (!r.ok && r.error.code != ErrorCode::NotFound) {
            qWarning().noquote() << method << r.error.message;
            return false;
        }
        return findHidden(r.ok ? r.result : QCborValue(r.error.message), hiddenIds()).isEmpty();
    }

    QCborMap rule(const QString &field, const QString &op, const QCborValue &value)
    {
        return map({{QStringLiteral("field"), field}, {QStringLiteral("op"), op}, {QStringLiteral("value"), value}});
    }

    bool setRules(const QString &kind, const QCborArray &rules)
    {
        return ERP_CALL_OK(*m_admin, "access.setRowRules",
                           map({{QStringLiteral("role"), QStringLiteral("clerk")},
                                {QStringLiteral("kind"), kind},
                                {QStringLiteral("rules"), rules}}))
            .ok;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_admin = m_server.connect();
        QVERIFY(m_admin);
        const StockedWarehouse stocked = stockedWarehouse(*m_admin, QStringLiteral("100"));
        m_org = stocked.organization;
        m_warehouse = stocked.warehouse;
        m_product = stocked.product;
        QVERIFY(m_product);
        m_visible = sell(QStringLiteral("Alfa Viditelná"), QStringLiteral("VIS"), QStringLiteral("2"));
        m_hidden = sell(HiddenName, QStringLiteral("HID"), QStringLiteral("3"));
        QVERIFY(m_visible.invoice && m_hidden.invoice);

        QVERIFY(createCatalog(QStringLiteral("users"), map({{QStringLiteral("code"), QStringLiteral("kclerk")},
                                                            {QStringLiteral("name"), QStringLiteral("Karel Prodavač")},
                                                            {QStringLiteral("role"), QStringLiteral("clerk")}})));
        QVERIFY(ERP_CALL_OK(*m_admin, "auth.setPassword",
                            map({{QStringLiteral("login"), QStringLiteral("kclerk")},
                                 {QStringLiteral("password"), QStringLiteral("Clerk-Password-1")}}))
                    .ok);
        // The clerk sees every partner but HID, and only the visible partner's counterparty and documents.
        QVERIFY(setRules(QStringLiteral("partners"),
                         {rule(QStringLiteral("code"), QStringLiteral("!="), QStringLiteral("HID"))}));
        QVERIFY(setRules(QStringLiteral("counterparties"),
                         {rule(QStringLiteral("partner"), QStringLiteral("in"), QCborArray{m_visible.partner})}));
        for (const QString &kind :
             {QStringLiteral("sales_orders"), QStringLiteral("shipments"), QStringLiteral("sales_invoices")})
            QVERIFY(setRules(kind, {rule(QStringLiteral("partner"), QStringLiteral("="), m_visible.partner)}));
        m_clerk = m_server.connect(QStringLiteral("kclerk"), QStringLiteral("Clerk-Password-1"));
        QVERIFY(m_clerk);
    }

    void rulesAreStoredAndCheckedForAdministratorsOnly()
    {
        const QCborArray rules =
            ERP_CALL_OK(*m_admin, "access.rowRules", {}).result.toMap().value(QStringLiteral("rules")).toArray();
        QCOMPARE(rules.size(), 5);
        Reply r = m_admin->call(
            QStringLiteral("access.setRowRules"),
            map({{QStringLiteral("role"), QStringLiteral("clerk")},
                 {QStringLiteral("kind"), QStringLiteral("partners")},
                 {QStringLiteral("rules"),
                  QCborArray{rule(QStringLiteral("colour"), QStringLiteral("="), QStringLiteral("red"))}}}));
        QCOMPARE(r.error.code, ErrorCode::Validation);
        QCOMPARE(r.error.field, QStringLiteral("rules[1].field"));
        r = m_admin->call(
            QStringLiteral("access.setRowRules"),
            map({{QStringLiteral("role"), QStringLiteral("clerk")},
                 {QStringLiteral("kind"), QStringLiteral("partners")},
                 {QStringLiteral("rules"),
                  QCborArray{rule(QStringLiteral("payment_days"), QStringLiteral("="), QStringLiteral("many"))}}}));
        QCOMPARE(r.error.field, QStringLiteral("rules[1].value"));
        r = m_clerk->call(QStringLiteral("access.setRowRules"),
                          map({{QStringLiteral("role"), QStringLiteral("clerk")},
                               {QStringLiteral("kind"), QStringLiteral("partners")},
                               {QStringLiteral("rules"), QCborArray{}}}));
        QCOMPARE(r.error.code, ErrorCode::Forbidden);
        // The refused calls changed nothing.
        QCOMPARE(
            ERP_CALL_OK(*m_admin, "access.rowRules", {}).result.toMap().value(QStringLiteral("rules")).toArray().size(),
            5);
    }

    void hiddenObjectsAreNotFound()
    {
        const QList<std::pair<QString, qint64>> objects{{QStringLiteral("partners"), m_hidden.partner},
                                                        {QStringLiteral("counterparties"), m_hidden.counterparty}};
        for (const auto &[kind, id] : objects) {
            const Reply r = seen(QStringLiteral("catalog.read"), params(kind, {{QStringLiteral("id"), id}}));
            QCOMPARE(r.error.code, ErrorCode::NotFound);
        }
        const QList<std::pair<QString, qint64>> documents{{QStringLiteral("sales_orders"), m_hidden.order},
                                                          {QStringLiteral("shipments"), m_hidden.shipment},
                                                          {QStringLiteral("sales_invoices"), m_hidden.invoice}};
        for (const auto &[kind, id] : documents)
            for (const char *method : {"document.read", "document.movements", "document.history", "document.related"}) {
                const Reply r = seen(QLatin1String(method), params(kind, {{QStringLiteral("id"), id}}));
                QVERIFY2(r.error.code == ErrorCode::NotFound, method);
            }
        // Nor can it be changed or posted.
        const Reply r =
            m_clerk->call(QStringLiteral("document.unpost"),
                          params(QStringLiteral("sales_invoices"),
                                 {{QStringLiteral("id"), m_hidden.invoice}, {QStringLiteral("version"), 1}}));
        QCOMPARE(r.error.code, ErrorCode::NotFound);
        const Reply basedOn =
            seen(QStringLiteral("document.basedOn"),
                 params(QStringLiteral("shipments"),
                        {{QStringLiteral("from"), map({{QStringLiteral("kind"), QStringLiteral("sales_orders")},
                                                       {QStringLiteral("id"), m_hidden.order}})}}));
        QCOMPARE(basedOn.error.code, ErrorCode::NotFound);
    }

    void listsAndSearchesShowOnlyVisibleRows()
    {
        Reply r = seen(QStringLiteral("catalog.list"), params(QStringLiteral("partners")));
        QVERIFY(r.ok);
        QCOMPARE(r.result.toMap().value(QStringLiteral("rows")).toArray().size(), 1);
        QVERIFY(revealsNothing(QStringLiteral("catalog.list"), params(QStringLiteral("counterparties"))));
        r = seen(QStringLiteral("catalog.search"),
                 params(QStringLiteral("partners"), {{QStringLiteral("text"), QStringLiteral("Beta")}}));
        QVERIFY(r.ok);
        QVERIFY(r.result.toMap().value(QStringLiteral("rows")).toArray().isEmpty());
        QVERIFY(revealsNothing(QStringLiteral("catalog.search"),
                               params(QStringLiteral("partners"), {{QStringLiteral("text"), QStringLiteral("HID")}})));
        for (const QString &kind :
             {QStringLiteral("sales_orders"), QStringLiteral("shipments"), QStringLiteral("sales_invoices")}) {
            r = seen(QStringLiteral("document.list"), params(kind));
            QVERIFY(r.ok);
            QCOMPARE(r.result.toMap().value(QStringLiteral("rows")).toArray().size(), 1);
            QVERIFY(findHidden(r.result, hiddenIds()).isEmpty());
        }
        // The administrator has no rules: both partners.
        QCOMPARE(ERP_CALL_OK(*m_admin, "catalog.list", params(QStringLiteral("partners")))
                     .result.toMap()
                     .value(QStringLiteral("rows"))
                     .toArray()
                     .size(),
                 2);
    }

    void relatedDocumentsShowOnlyVisibleOnes()
    {
        const Reply r = seen(QStringLiteral("document.related"),
                             params(QStringLiteral("sales_orders"), {{QStringLiteral("id"), m_visible.order}}));
        QVERIFY(r.ok);
        QSet<qint64> ids;
        for (const QCborValue &d : r.result.toMap().value(QStringLiteral("documents")).toArray())
            ids.insert(d.toMap().value(QStringLiteral("id")).toInteger());
        QCOMPARE(ids, (QSet<qint64>{m_visible.shipment, m_visible.invoice}));
        QVERIFY(findHidden(r.result, hiddenIds()).isEmpty());
    }

    void registersAndReportsShowOnlyVisibleRows()
    {
        for (const char *reg : {"orders_to_ship", "settlements", "stock", "reservations"})
            QVERIFY2(revealsNothing(QStringLiteral("register.balances"),
                                    map({{QStringLiteral("register"), QLatin1String(reg)}})),
                     reg);
        const QCborArray settlements = seen(QStringLiteral("register.balances"),
                                            map({{QStringLiteral("register"), QStringLiteral("settlements")}}))
                                           .result.toMap()
                                           .value(QStringLiteral("rows"))
                                           .toArray();
        QCOMPARE(settlements.size(), 1);
        QCOMPARE(settlements[0].toMap().value(QStringLiteral("invoice")).toInteger(), m_visible.invoice);

        const QCborMap byPartner =
            seen(QStringLiteral("report.salesByPeriod"), map({{QStringLiteral("groupBy"), QStringLiteral("partner")}}))
                .result.toMap();
        QCOMPARE(byPartner.value(QStringLiteral("rows")).toArray().size(), 1);
        QCOMPARE(byPartner.value(QStringLiteral("revenue")).toString(), QStringLiteral("200.00"));
        QVERIFY(findHidden(byPartner, hiddenIds()).isEmpty());
        const QCborMap aging = seen(QStringLiteral("report.receivablesAging"),
                                    map({{QStringLiteral("at"), QStringLiteral("2026-12-31T00:00:00Z")}}))
                                   .result.toMap();
        QCOMPARE(aging.value(QStringLiteral("totals")).toMap().value(QStringLiteral("total")).toString(),
                 QStringLiteral("242.00"));
        const QCborMap vat =
            seen(QStringLiteral("report.vatSummary"), map({{QStringLiteral("organization"), m_org}})).result.toMap();
        QCOMPARE(vat.value(QStringLiteral("vat")).toString(), QStringLiteral("42.00"));
        QVERIFY(revealsNothing(QStringLiteral("report.paymentDynamics"), {}));
        QVERIFY(revealsNothing(QStringLiteral("report.trialBalance"), {}));
        // The administrator's report has both customers.
        QCOMPARE(ERP_CALL_OK(*m_admin, "report.vatSummary", map({{QStringLiteral("organization"), m_org}}))
                     .result.toMap()
                     .value(QStringLiteral("vat"))
                     .toString(),
                 QStringLiteral("105.00"));
    }

    void pushesOfHiddenRowsAreNotSent()
    {
        m_clerk->takeEvents();
        for (const qint64 id : {m_hidden.partner, m_visible.partner}) {
            const QCborMap read =
                ERP_CALL_OK(*m_admin, "catalog.read", params(QStringLiteral("partners"), {{QStringLiteral("id"), id}}))
                    .result.toMap();
            QVERIFY(ERP_CALL_OK(*m_admin, "catalog.update",
                                params(QStringLiteral("partners"),
                                       {{QStringLiteral("id"), id},
                                        {QStringLiteral("version"), read.value(QStringLiteral("version"))},
                                        {QStringLiteral("values"),
                                         map({{QStringLiteral("phone"), QStringLiteral("+420 123")}})}}))
                        .ok);
        }
        QVERIFY(ERP_CALL_OK(*m_admin, "document.unpost",
                            params(QStringLiteral("sales_invoices"),
                                   {{QStringLiteral("id"), m_hidden.invoice}, {QStringLiteral("version"), 1}}))
                    .ok);
        // Read pushes for a while: the visible partner's change arrives, and a late push of a
        // hidden row would too.
        QList<QCborMap> events;
        QElapsedTimer reading;
        reading.start();
        while (reading.elapsed() < 2500)
            events += m_clerk->waitForEvents(250);
        QSet<qint64> ids;
        for (const QCborMap &e : std::as_const(events))
            ids.insert(e.value(QStringLiteral("data")).toMap().value(QStringLiteral("id")).toInteger());
        QVERIFY(ids.contains(m_visible.partner));
        QVERIFY2(!ids.intersects(hiddenIds()), "a push named a hidden row");
    }
};

QTEST_GUILESS_MAIN(TestAccess)
#include "tst_access.moc"
