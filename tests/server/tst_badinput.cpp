// Bad input through the real server. Table-driven over system.methods: every declared
// parameter of every method is given the wrong type, null, a value out of range, one character
// too many, or is left out, and every method gets an unknown parameter; each answer is an
// error naming the parameter (never Internal), the connection stays usable and nothing is
// saved. Then the cases an outside review found one by one.
#include "catalogclient.h"
#include "protocol/frame.h"
#include "serverprocess.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSet>
#include <QTcpSocket>
#include <QTest>

#include <functional>
#include <limits>

using erp::client::Connection;
using erp::client::Reply;
using erp::protocol::ErrorCode;
using namespace erp::test;

namespace {

const QString Kind = QStringLiteral("kind");
const QString Id = QStringLiteral("id");
const QString Version = QStringLiteral("version");

// 2^64: a whole number no 64-bit integer holds, as a double (what JSON gives) and as a CBOR bignum.
QCborValue twoTo64Double()
{
    return QCborValue(18446744073709551616.0);
}
QCborValue twoTo64Bignum()
{
    return QCborValue(QCborKnownTags::PositiveBignum, QByteArray::fromHex("010000000000000000"));
}

QString repeated(const QString &s, qsizetype n)
{
    QString out;
    for (qsizetype i = 0; i < n; ++i)
        out += s;
    return out;
}

// One bad call of a method: what is sent and which parameter the answer must name.
struct Case
{
    QString what;
    QCborMap params;
    QString field;
};

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    std::unique_ptr<Connection> m_c;
    qint64 m_org = 0, m_warehouse = 0, m_product = 0, m_partner = 0, m_counterparty = 0;
    qint64 m_order = 0; // a posted sales order
    qint64 m_invoice = 0; // a draft sales invoice, for print.render
    qint64 m_draft = 0; // a draft sales order
    qint64 m_deal = 0;  // a deal registered as a lead
    qint64 m_segment = 0; // a manual segment
    QCborArray m_methods;

    Reply call(const QString &method, const QCborMap &p = {}) { return m_c->call(method, p); }

    int versionOf(const QString &method, const QString &kind, qint64 id)
    {
        return int(call(method, params(kind, {{Id, id}})).result.toMap().value(Version).toInteger());
    }

    QCborMap orderValues() const
    {
        return map({{QStringLiteral("organization"), m_org},
                    {QStringLiteral("warehouse"), m_warehouse},
                    {QStringLiteral("partner"), m_partner},
                    {QStringLiteral("counterparty"), m_counterparty},
                    {QStringLiteral("date"), QStringLiteral("2026-11-21T09:00:00Z")}});
    }
    QCborArray orderLines() const
    {
        return {map({{QStringLiteral("product"), m_product},
                     {QStringLiteral("quantity"), QStringLiteral("1")},
                     {QStringLiteral("price"), QStringLiteral("100")}})};
    }

    // A valid call of every method: the bad calls change one parameter of it.
    QCborMap validCall(const QString &method)
    {
        const QString partners = QStringLiteral("partners");
        const QString orders = QStringLiteral("sales_orders");
        const QCborMap none;
        static const QSet<QString> validWithoutParams{
            QStringLiteral("system.ping"),   QStringLiteral("system.methods"),  QStringLiteral("auth.logout"),
            QStringLiteral("system.statistics"),
            QStringLiteral("auth.whoami"),   QStringLiteral("meta.catalogs"),   QStringLiteral("meta.enums"),
            QStringLiteral("meta.navigation"), QStringLiteral("report.paymentDynamics"),
            QStringLiteral("report.receivablesAging"), QStringLiteral("access.rowRules"),
            QStringLiteral("options.list"),  QStringLiteral("report.list")};
        if (validWithoutParams.contains(method))
            return none;
        const int partnerVersion = versionOf(QStringLiteral("catalog.read"), partners, m_partner);
        const int draftVersion = versionOf(QStringLiteral("document.read"), orders, m_draft);
        const QHash<QString, std::function<QCborMap()>> calls{
            {QStringLiteral("auth.login"),
             [] { return map({{QStringLiteral("user"), QStringLiteral("admin")}, {QStringLiteral("password"), ServerProcess::adminPassword()}}); }},
            {QStringLiteral("auth.setPassword"),
             [] { return map({{QStringLiteral("login"), QStringLiteral("tester")}, {QStringLiteral("password"), QStringLiteral("Tester-Pass-2")}}); }},
            {QStringLiteral("auth.changePassword"),
             [] { return map({{QStringLiteral("oldPassword"), ServerProcess::adminPassword()}, {QStringLiteral("newPassword"), QStringLiteral("Changed-Pass-1")}}); }},
            {QStringLiteral("meta.describe"), [&] { return params(partners); }},
            {QStringLiteral("meta.form"), [&] { return params(partners); }},
            {QStringLiteral("forms.getSettings"),
             [&] { return params(partners, {{QStringLiteral("scope"), QStringLiteral("role")}, {QStringLiteral("target"), QStringLiteral("clerk")}}); }},
            {QStringLiteral("forms.saveSettings"),
             [&] {
                 return params(partners, {{QStringLiteral("scope"), QStringLiteral("role")},
                                          {QStringLiteral("target"), QStringLiteral("clerk")},
                                          {QStringLiteral("settings"), map({{QStringLiteral("fields"), map({{QStringLiteral("ico"), map({{QStringLiteral("hidden"), true}})}})}})}});
             }},
            {QStringLiteral("catalog.create"),
             [&] { return params(partners, {{QStringLiteral("values"), map({{QStringLiteral("name"), QStringLiteral("Nový partner")}})}}); }},
            {QStringLiteral("catalog.read"), [&] { return params(partners, {{Id, m_partner}}); }},
            {QStringLiteral("catalog.update"),
             [&] {
                 return params(partners, {{Id, m_partner}, {Version, partnerVersion},
                                          {QStringLiteral("values"), map({{QStringLiteral("city"), QStringLiteral("Brno")}})}});
             }},
            {QStringLiteral("catalog.setDeleted"),
             [&] { return params(partners, {{Id, m_partner}, {Version, partnerVersion}, {QStringLiteral("deleted"), true}}); }},
            {QStringLiteral("catalog.list"), [&] { return params(partners); }},
            {QStringLiteral("catalog.search"), [&] { return params(partners, {{QStringLiteral("text"), QStringLiteral("Žlutý")}}); }},
            {QStringLiteral("document.create"),
             [&] {
                 return params(orders, {{QStringLiteral("values"), orderValues()},
                                        {QStringLiteral("sections"), map({{QStringLiteral("lines"), orderLines()}})}});
             }},
            {QStringLiteral("document.read"), [&] { return params(orders, {{Id, m_draft}}); }},
            {QStringLiteral("document.recalculate"),
             [&] {
                 return params(orders, {{QStringLiteral("values"), orderValues()},
                                        {QStringLiteral("sections"), map({{QStringLiteral("lines"), orderLines()}})}});
             }},
            {QStringLiteral("document.update"),
             [&] {
                 return params(orders, {{Id, m_draft}, {Version, draftVersion},
                                        {QStringLiteral("values"), map({{QStringLiteral("note"), QStringLiteral("x")}})}});
             }},
            {QStringLiteral("document.post"), [&] { return params(orders, {{Id, m_draft}, {Version, draftVersion}}); }},
            {QStringLiteral("document.repost"), [&] { return params(orders, {{Id, m_order}, {Version, versionOf(QStringLiteral("document.read"), orders, m_order)}}); }},
            {QStringLiteral("document.unpost"), [&] { return params(orders, {{Id, m_order}, {Version, versionOf(QStringLiteral("document.read"), orders, m_order)}}); }},
            {QStringLiteral("document.setDeleted"),
             [&] { return params(orders, {{Id, m_draft}, {Version, draftVersion}, {QStringLiteral("deleted"), true}}); }},
            {QStringLiteral("document.transition"),
             [&] { return params(orders, {{Id, m_draft}, {Version, draftVersion}, {QStringLiteral("transition"), QStringLiteral("post")}}); }},
            {QStringLiteral("document.list"), [&] { return params(orders); }},
            {QStringLiteral("document.movements"), [&] { return params(orders, {{Id, m_order}}); }},
            {QStringLiteral("document.related"), [&] { return params(orders, {{Id, m_order}}); }},
            {QStringLiteral("sales.orderProgress"), [&] { return map({{Id, m_order}}); }},
            {QStringLiteral("warehouse.availability"),
             [&] { return map({{QStringLiteral("warehouse"), m_warehouse}, {QStringLiteral("product"), m_product}}); }},
            {QStringLiteral("document.history"), [&] { return params(orders, {{Id, m_order}}); }},
            {QStringLiteral("document.transitions"), [&] { return params(orders, {{Id, m_order}}); }},
            {QStringLiteral("crm.dealStages"), [&] { return map({{QStringLiteral("deal"), m_deal}}); }},
            {QStringLiteral("crm.dealChain"), [&] { return map({{QStringLiteral("deal"), m_deal}}); }},
            {QStringLiteral("crm.pipeline"), [&] { return map({{QStringLiteral("partner"), m_partner}}); }},
            {QStringLiteral("crm.marketingReturn"), [] { return map({{QStringLiteral("from"), QStringLiteral("2026-01-01T00:00:00Z")}}); }},
            {QStringLiteral("document.completeAction"),
             [&] { return params(orders, {{Id, m_order}, {QStringLiteral("action"), QStringLiteral("checked")}}); }},
            {QStringLiteral("access.setRowRules"),
             [] {
                 return map({{QStringLiteral("role"), QStringLiteral("clerk")}, {QStringLiteral("kind"), QStringLiteral("partners")},
                             {QStringLiteral("rules"), QCborArray()}});
             }},
            {QStringLiteral("document.basedOn"),
             [&] { return params(QStringLiteral("shipments"), {{QStringLiteral("from"), map({{Kind, orders}, {Id, m_order}})}}); }},
            {QStringLiteral("register.balances"),
             [] { return map({{QStringLiteral("register"), QStringLiteral("stock")}, {QStringLiteral("at"), QStringLiteral("2026-12-01T00:00:00Z")}}); }},
            {QStringLiteral("options.set"),
             [] { return map({{QStringLiteral("name"), QStringLiteral("segments")}, {QStringLiteral("enabled"), true}}); }},
            {QStringLiteral("register.slice"), [] { return map({{QStringLiteral("register"), QStringLiteral("prices")}}); }},
            {QStringLiteral("report.salesByPeriod"), [] { return map({{QStringLiteral("groupBy"), QStringLiteral("partner")}}); }},
            {QStringLiteral("crm.history"), [&] { return map({{QStringLiteral("partner"), m_partner}}); }},
            {QStringLiteral("crm.duplicates"),
             [&] { return params(partners, {{QStringLiteral("values"), map({{QStringLiteral("name"), QStringLiteral("Žlutý kůň")}})}}); }},
            // Not run (it writes): only its bad variants are, and they must change nothing.
            {QStringLiteral("crm.merge"), [&] { return params(partners, {{QStringLiteral("from"), m_partner}, {QStringLiteral("into"), m_partner}}); }},
            {QStringLiteral("report.trialBalance"), [&] { return map({{QStringLiteral("organization"), m_org}}); }},
            {QStringLiteral("report.vatSummary"), [&] { return map({{QStringLiteral("organization"), m_org}}); }},
            {QStringLiteral("report.renderChart"),
             [] { return map({{QStringLiteral("report"), QStringLiteral("sales_by_period")}, {QStringLiteral("width"), 300},
                              {QStringLiteral("height"), 200}}); }},
            {QStringLiteral("report.describe"), [] { return map({{QStringLiteral("report"), QStringLiteral("sales_by_period")}}); }},
            {QStringLiteral("report.run"), [] { return map({{QStringLiteral("report"), QStringLiteral("sales_by_period")}}); }},
            {QStringLiteral("report.pdf"), [] { return map({{QStringLiteral("report"), QStringLiteral("sales_by_period")}}); }},
            {QStringLiteral("crm.myTasks"), [] { return map({{QStringLiteral("limit"), 10}}); }},
            {QStringLiteral("system.cancel"), [] { return map({{QStringLiteral("call"), 1}}); }},
            {QStringLiteral("reports.classify"), [] { return QCborMap(); }},
            {QStringLiteral("reports.partnerClasses"), [&] { return map({{QStringLiteral("partner"), m_partner}}); }},
            {QStringLiteral("report.settings"), [] { return map({{QStringLiteral("report"), QStringLiteral("sales_by_period")}}); }},
            {QStringLiteral("report.saveSettings"),
             [] { return map({{QStringLiteral("report"), QStringLiteral("sales_by_period")}, {QStringLiteral("name"), QStringLiteral("Měsíce")},
                              {QStringLiteral("params"), QCborMap()}}); }},
            {QStringLiteral("report.deleteSettings"), [] { return map({{QStringLiteral("id"), 1}}); }},
            {QStringLiteral("crm.claimsDue"), [] { return map({{QStringLiteral("within_hours"), 8}}); }},
            {QStringLiteral("crm.takeClaimWarnings"), [] { return QCborMap(); }},
            {QStringLiteral("crm.rebuildSegments"), [] { return QCborMap(); }},
            {QStringLiteral("crm.rebuildSegment"), [&] { return map({{QStringLiteral("segment"), m_segment}}); }},
            {QStringLiteral("crm.setSegmentMembers"),
             [&] { return map({{QStringLiteral("segment"), m_segment}, {QStringLiteral("add"), QCborArray{m_partner}}}); }},
            {QStringLiteral("crm.segmentMembers"), [&] { return map({{QStringLiteral("segment"), m_segment}}); }},
            {QStringLiteral("crm.partnerSegments"), [&] { return map({{QStringLiteral("partner"), m_partner}}); }},
            {QStringLiteral("print.forms"), [] { return params(QStringLiteral("sales_invoices")); }},
            {QStringLiteral("print.render"),
             [&] { return params(QStringLiteral("sales_invoices"), {{Id, m_invoice}, {QStringLiteral("form"), QStringLiteral("sales_invoice")}}); }},
            {QStringLiteral("print.template"), [] { return map({{QStringLiteral("form"), QStringLiteral("sales_invoice")}}); }},
            {QStringLiteral("print.saveTemplate"),
             [] { return map({{QStringLiteral("form"), QStringLiteral("sales_invoice")}, {QStringLiteral("body"), QString()}}); }},
        };
        const auto it = calls.constFind(method);
        return it == calls.constEnd() ? QCborMap{{QStringLiteral("?"), QStringLiteral("no valid call")}} : (*it)();
    }

    // What a bad call must leave as it was: the rows of the kinds written, the versions of the
    // objects changed, the stored form settings, the test user's password.
    QCborMap snapshot()
    {
        QCborMap s;
        for (const auto &[method, kind] : {std::pair{QStringLiteral("catalog.list"), QStringLiteral("partners")},
                                           std::pair{QStringLiteral("document.list"), QStringLiteral("sales_orders")},
                                           std::pair{QStringLiteral("document.list"), QStringLiteral("shipments")}}) {
            QCborArray versions;
            for (const QCborValue &row :
                 call(method, params(kind, {{QStringLiteral("limit"), 1000}})).result.toMap().value(QStringLiteral("rows")).toArray())
                versions.append(QCborArray{row.toMap().value(Id), row.toMap().value(Version),
                                           row.toMap().value(QStringLiteral("status")), row.toMap().value(QStringLiteral("deleted"))});
            s.insert(kind, versions);
        }
        s.insert(QStringLiteral("settings"),
                 call(QStringLiteral("forms.getSettings"),
                      params(QStringLiteral("partners"), {{QStringLiteral("scope"), QStringLiteral("role")}, {QStringLiteral("target"), QStringLiteral("clerk")}}))
                     .result);
        s.insert(QStringLiteral("rowRules"), call(QStringLiteral("access.rowRules"), {}).result);
        s.insert(QStringLiteral("history"), call(QStringLiteral("document.history"), params(QStringLiteral("sales_orders"), {{Id, m_order}})).result);
        Connection tester;
        QString error;
        s.insert(QStringLiteral("password"), tester.open(QStringLiteral("127.0.0.1"), m_server.port(), &error) &&
                                                 tester.login(QStringLiteral("tester"), QStringLiteral("Tester-Pass-1"), &error));
        return s;
    }

    // The bad calls of one method, from its declared parameters.
    QList<Case> casesOf(const QCborMap &method)
    {
        const QCborMap valid = validCall(method.value(QStringLiteral("name")).toString());
        QList<Case> cases;
        auto with = [&](const QString &name, const QCborValue &v) {
            QCborMap p = valid;
            p.insert(name, v);
            return p;
        };
        for (const QCborValue &declaration : method.value(QStringLiteral("params")).toArray()) {
            const QCborMap d = declaration.toMap();
            const QString name = d.value(QStringLiteral("name")).toString();
            const QString type = d.value(QStringLiteral("type")).toString();
            static const QHash<QString, QCborValue> wrong{
                {QStringLiteral("string"), 5},
                {QStringLiteral("integer"), QStringLiteral("5")},
                {QStringLiteral("boolean"), 0},
                {QStringLiteral("map"), QCborArray{}},
                {QStringLiteral("array"), QStringLiteral("x")},
                {QStringLiteral("datetime"), 5}};
            if (wrong.contains(type))
                cases.append({QStringLiteral("wrong type"), with(name, wrong.value(type)), name});
            if (type == QLatin1String("string"))
                cases.append({QStringLiteral("a map for a string"), with(name, QCborMap()), name});
            if (!d.value(QStringLiteral("nullable")).toBool())
                cases.append({QStringLiteral("null"), with(name, QCborValue(QCborValue::Null)), name});
            if (d.value(QStringLiteral("required")).toBool()) {
                QCborMap p = valid;
                p.remove(name);
                cases.append({QStringLiteral("missing"), p, name});
                if (type == QLatin1String("string"))
                    cases.append({QStringLiteral("empty"), with(name, QString()), name});
            }
            if (type == QLatin1String("integer")) {
                if (d.contains(QStringLiteral("min")))
                    cases.append({QStringLiteral("below min"), with(name, d.value(QStringLiteral("min")).toInteger() - 1), name});
                if (d.contains(QStringLiteral("max")))
                    cases.append({QStringLiteral("above max"), with(name, d.value(QStringLiteral("max")).toInteger() + 1), name});
                cases.append({QStringLiteral("2^64 as a double"), with(name, twoTo64Double()), name});
                cases.append({QStringLiteral("2^64 as a bignum"), with(name, twoTo64Bignum()), name});
                cases.append({QStringLiteral("a fraction"), with(name, 1.5), name});
            }
            if (d.contains(QStringLiteral("maxLength"))) {
                const qint64 max = d.value(QStringLiteral("maxLength")).toInteger();
                cases.append({QStringLiteral("one character too long"), with(name, QString(max + 1, u'x')), name});
                cases.append({QStringLiteral("one 𝄞 too long"), with(name, repeated(QStringLiteral("𝄞"), max + 1)), name});
            }
            if (d.contains(QStringLiteral("values")))
                cases.append({QStringLiteral("not one of the values"), with(name, QStringLiteral("z")), name});
            if (type == QLatin1String("datetime"))
                cases.append({QStringLiteral("30 February"), with(name, QStringLiteral("2026-02-30T00:00:00Z")), name});
        }
        cases.append({QStringLiteral("unknown parameter"), with(QStringLiteral("colour"), QStringLiteral("red")),
                      QStringLiteral("colour")});
        return cases;
    }

    // The answer to a bad call: an error of the caller's making naming the field once.
    static bool refusedNaming(const Reply &r, const QString &field, QString *why)
    {
        const ErrorCode code = r.error.code;
        if (r.ok)
            *why = QStringLiteral("accepted");
        else if (code != ErrorCode::Validation && code != ErrorCode::BadRequest && code != ErrorCode::NotFound)
            *why = QStringLiteral("%1 (%2)").arg(erp::protocol::errorCodeName(r.error.code), r.error.message);
        else if (r.error.field != field)
            *why = QStringLiteral("names \"%1\" instead: %2").arg(r.error.field, r.error.message);
        else if (r.error.message.count(field + u':') > 1)
            *why = QStringLiteral("names the field more than once: %1").arg(r.error.message);
        else
            return true;
        return false;
    }

    // A request whose CBOR is patched by hand after encoding (for what QCborValue cannot hold),
    // on a connection of its own; the answer.
    QCborMap rawCall(const QString &method, const QCborMap &params, const QByteArray &from, const QByteArray &to)
    {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), m_server.port());
        if (!socket.waitForConnected(5000))
            return {};
        erp::protocol::FrameReader reader;
        auto read = [&]() -> QCborMap {
            QDeadlineTimer deadline(10000);
            for (;;) {
                QCborValue v;
                QString error;
                if (reader.next(&v, &error) == erp::protocol::FrameReader::Status::Frame)
                    return v.toMap();
                if (deadline.hasExpired() || (!socket.bytesAvailable() && !socket.waitForReadyRead(1000) &&
                                              socket.state() != QAbstractSocket::ConnectedState))
                    return {};
                reader.append(socket.readAll());
            }
        };
        socket.write(erp::protocol::encodeFrame(erp::protocol::makeHello(QStringLiteral("tst_badinput"), {})));
        read();
        socket.write(erp::protocol::encodeFrame(erp::protocol::makeRequest(
            1, QStringLiteral("auth.login"),
            map({{QStringLiteral("user"), QStringLiteral("admin")}, {QStringLiteral("password"), ServerProcess::adminPassword()}}))));
        read();
        QByteArray body = QCborValue(erp::protocol::makeRequest(2, method, params)).toCbor();
        if (!body.contains(from))
            return {};
        body.replace(from, to);
        const auto n = quint32(body.size());
        const char header[4] = {char(n >> 24), char(n >> 16), char(n >> 8), char(n)};
        socket.write(QByteArray(header, 4) + body);
        return read();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_c = m_server.connect();
        QVERIFY(m_c);
        m_org = createCatalog(*m_c, QStringLiteral("organizations"), map({{QStringLiteral("name"), QStringLiteral("Alfa Obchod")}}));
        m_segment = createCatalog(*m_c, QStringLiteral("segments"),
                                  map({{QStringLiteral("name"), QStringLiteral("VIP")}, {QStringLiteral("segment_kind"), QStringLiteral("manual")}}));
        m_warehouse = createCatalog(*m_c, QStringLiteral("warehouses"),
                                    map({{QStringLiteral("name"), QStringLiteral("Sklad Brno")}, {QStringLiteral("organization"), m_org}}));
        const qint64 unit = createCatalog(*m_c, QStringLiteral("units"), map({{QStringLiteral("code"), QStringLiteral("ks")}, {QStringLiteral("name"), QStringLiteral("kus")}}));
        m_product = createCatalog(*m_c, QStringLiteral("products"), map({{QStringLiteral("name"), QStringLiteral("Vrtačka Narex")}, {QStringLiteral("unit"), unit}}));
        m_partner = createCatalog(*m_c, QStringLiteral("partners"), map({{QStringLiteral("name"), QStringLiteral("Žlutý kůň obchodní")}}));
        m_counterparty = createCatalog(*m_c, QStringLiteral("counterparties"),
                                       map({{QStringLiteral("name"), QStringLiteral("Žlutý kůň s.r.o.")}, {QStringLiteral("partner"), m_partner}}));
        QVERIFY(m_org && m_warehouse && m_product && m_partner && m_counterparty);
        QVERIFY(createCatalog(*m_c, QStringLiteral("users"),
                              map({{QStringLiteral("code"), QStringLiteral("tester")}, {QStringLiteral("name"), QStringLiteral("Tester")}, {QStringLiteral("role"), QStringLiteral("clerk")}})));
        QVERIFY(ERP_CALL_OK(*m_c, "auth.setPassword", map({{QStringLiteral("login"), QStringLiteral("tester")}, {QStringLiteral("password"), QStringLiteral("Tester-Pass-1")}})).ok);
        Reply r = createDocument(*m_c, QStringLiteral("goods_receipts"),
                                 map({{QStringLiteral("organization"), m_org}, {QStringLiteral("warehouse"), m_warehouse},
                                      {QStringLiteral("date"), QStringLiteral("2026-11-20T08:00:00Z")}}),
                                 {map({{QStringLiteral("product"), m_product}, {QStringLiteral("quantity"), QStringLiteral("10")},
                                       {QStringLiteral("price"), QStringLiteral("50")}})},
                                 true);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        r = createDocument(*m_c, QStringLiteral("sales_orders"), orderValues(), orderLines(), true);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        m_order = r.result.toMap().value(Id).toInteger();
        r = createDocument(*m_c, QStringLiteral("sales_orders"), orderValues(), orderLines(), false);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        m_draft = r.result.toMap().value(Id).toInteger();
        r = createDocument(*m_c, QStringLiteral("sales_invoices"),
                           map({{QStringLiteral("organization"), m_org}, {QStringLiteral("partner"), m_partner},
                                {QStringLiteral("counterparty"), m_counterparty}, {QStringLiteral("date"), QStringLiteral("2026-11-21T09:00:00Z")}}),
                           {map({{QStringLiteral("description"), QStringLiteral("Servis")}, {QStringLiteral("quantity"), QStringLiteral("1")},
                                 {QStringLiteral("price"), QStringLiteral("100")}})},
                           false);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        m_invoice = r.result.toMap().value(Id).toInteger();
        const qint64 type = standardDealType(*m_c);
        QVERIFY(type);
        r = ERP_CALL_OK(*m_c, "document.create",
                        params(QStringLiteral("deals"),
                               {{QStringLiteral("values"), map({{QStringLiteral("subject"), QStringLiteral("Vrtačky")},
                                                                {QStringLiteral("partner"), m_partner},
                                                                {QStringLiteral("deal_type"), type}})}}));
        QVERIFY(r.ok);
        m_deal = r.result.toMap().value(Id).toInteger();
        const Reply methods = ERP_CALL_OK(*m_c, "system.methods", {});
        QVERIFY(methods.ok);
        m_methods = methods.result.toArray();
        QVERIFY(m_methods.size() > 30);
    }

    void describesEveryMethodsParameters()
    {
        for (const QCborValue &m : std::as_const(m_methods)) {
            const QCborMap method = m.toMap();
            const QString name = method.value(QStringLiteral("name")).toString();
            QVERIFY2(method.value(QStringLiteral("params")).isArray(), qPrintable(name));
            for (const QCborValue &p : method.value(QStringLiteral("params")).toArray()) {
                const QCborMap d = p.toMap();
                QVERIFY2(!d.value(QStringLiteral("name")).toString().isEmpty(), qPrintable(name));
                QVERIFY2(QStringList({QStringLiteral("string"), QStringLiteral("integer"), QStringLiteral("boolean"),
                                      QStringLiteral("map"), QStringLiteral("array"), QStringLiteral("datetime"), QStringLiteral("any")})
                             .contains(d.value(QStringLiteral("type")).toString()),
                         qPrintable(name));
                QVERIFY2(d.value(QStringLiteral("required")).isBool(), qPrintable(name));
            }
        }
        // A few declarations as the protocol documents them.
        auto paramOf = [&](const QString &method, const QString &param) {
            for (const QCborValue &m : std::as_const(m_methods))
                if (m.toMap().value(QStringLiteral("name")).toString() == method)
                    for (const QCborValue &p : m.toMap().value(QStringLiteral("params")).toArray())
                        if (p.toMap().value(QStringLiteral("name")).toString() == param)
                            return p.toMap();
            return QCborMap();
        };
        const QCborMap limit = paramOf(QStringLiteral("catalog.list"), QStringLiteral("limit"));
        QCOMPARE(limit.value(QStringLiteral("type")).toString(), QStringLiteral("integer"));
        QCOMPARE(limit.value(QStringLiteral("required")).toBool(), false);
        QCOMPARE(limit.value(QStringLiteral("min")).toInteger(), 1);
        QCOMPARE(limit.value(QStringLiteral("max")).toInteger(), 1000);
        QCOMPARE(paramOf(QStringLiteral("auth.login"), QStringLiteral("user")).value(QStringLiteral("maxLength")).toInteger(), 40);
        QCOMPARE(paramOf(QStringLiteral("catalog.read"), Kind).value(QStringLiteral("required")).toBool(), true);
        QCOMPARE(paramOf(QStringLiteral("catalog.list"), QStringLiteral("parent")).value(QStringLiteral("nullable")).toBool(), true);
        QCOMPARE(paramOf(QStringLiteral("report.salesByPeriod"), QStringLiteral("groupBy")).value(QStringLiteral("values")).toArray().size(), 3);
    }

    // The table: methods x their declared parameters x bad values.
    void refusesEveryBadParameterOfEveryMethod()
    {
        int methods = 0, cases = 0;
        QStringList failures;
        for (const QCborValue &m : std::as_const(m_methods)) {
            const QCborMap method = m.toMap();
            const QString name = method.value(QStringLiteral("name")).toString();
            const bool writes = method.value(QStringLiteral("access")).toString() == QLatin1String("write");
            const QCborMap valid = validCall(name);
            QVERIFY2(!valid.contains(QStringLiteral("?")), qPrintable(QStringLiteral("no valid call of %1 in the test").arg(name)));
            if (!writes && name != QLatin1String("auth.logout")) {
                const Reply r = call(name, valid);
                QVERIFY2(r.ok, qPrintable(QStringLiteral("the valid call of %1 failed: %2").arg(name, r.error.message)));
            }
            ++methods;
            for (const Case &c : casesOf(method)) {
                const QCborMap before = writes ? snapshot() : QCborMap();
                const Reply r = call(name, c.params);
                QString why;
                if (!refusedNaming(r, c.field, &why))
                    failures.append(QStringLiteral("%1 %2 (%3): %4").arg(name, c.field, c.what, why));
                const Reply alive = call(QStringLiteral("auth.whoami"));
                if (!alive.ok || alive.result.toMap().value(QStringLiteral("login")).toString() != QLatin1String("admin")) {
                    failures.append(QStringLiteral("%1 %2 (%3): the connection is no longer usable").arg(name, c.field, c.what));
                    m_c = m_server.connect(); // carry on with the other cases
                    QVERIFY(m_c);
                }
                if (writes && snapshot() != before)
                    failures.append(QStringLiteral("%1 %2 (%3): something was saved").arg(name, c.field, c.what));
                ++cases;
                QCoreApplication::processEvents(); // let the server's log drain into the test
            }
        }
        qInfo().noquote() << QStringLiteral("%1 methods, %2 bad calls").arg(methods).arg(cases);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    }

    // The review's examples of a wrong type that used to become a default.
    void refusesWrongTypesInsteadOfDefaults_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QCborMap>("params");
        QTest::addColumn<QString>("field");
        const QString partners = QStringLiteral("partners");
        QTest::newRow("limit \"5\"") << "catalog.list" << params(partners, {{QStringLiteral("limit"), QStringLiteral("5")}}) << "limit";
        QTest::newRow("descending \"yes\"") << "catalog.list" << params(partners, {{QStringLiteral("descending"), QStringLiteral("yes")}}) << "descending";
        QTest::newRow("includeDeleted 0") << "catalog.list" << params(partners, {{QStringLiteral("includeDeleted"), 0}}) << "includeDeleted";
        QTest::newRow("filters \"x\"") << "catalog.list" << params(partners, {{QStringLiteral("filters"), QStringLiteral("x")}}) << "filters";
        QTest::newRow("after 5") << "catalog.list" << params(partners, {{QStringLiteral("after"), 5}}) << "after";
        QTest::newRow("sort 7") << "catalog.list" << params(partners, {{QStringLiteral("sort"), 7}}) << "sort";
        QTest::newRow("kind 5") << "catalog.list" << map({{Kind, 5}}) << "kind";
        QTest::newRow("text 5") << "catalog.search" << params(partners, {{QStringLiteral("text"), 5}}) << "text";
        QTest::newRow("search limit \"5\"") << "catalog.search" << params(partners, {{QStringLiteral("text"), QStringLiteral("a")}, {QStringLiteral("limit"), QStringLiteral("5")}}) << "limit";
        QTest::newRow("post 1") << "document.create"
                                << params(QStringLiteral("sales_orders"), {{QStringLiteral("values"), QCborMap()}, {QStringLiteral("post"), 1}}) << "post";
        QTest::newRow("groupBy 5") << "report.salesByPeriod" << map({{QStringLiteral("groupBy"), 5}}) << "groupBy";
        QTest::newRow("organization \"x\"") << "report.trialBalance" << map({{QStringLiteral("organization"), QStringLiteral("x")}}) << "organization";
        QTest::newRow("organization of nothing") << "report.trialBalance" << map({{QStringLiteral("organization"), 999999999}}) << "organization";
        QTest::newRow("where []") << "register.balances" << map({{QStringLiteral("register"), QStringLiteral("stock")}, {QStringLiteral("where"), QCborArray{}}}) << "where";
        QTest::newRow("deleted \"no\"") << "catalog.setDeleted" << params(partners, {{Id, 1}, {Version, 1}, {QStringLiteral("deleted"), QStringLiteral("no")}}) << "deleted";
        QTest::newRow("filter op 5") << "catalog.list"
                                     << params(partners, {{QStringLiteral("filters"), QCborArray{map({{QStringLiteral("field"), QStringLiteral("city")}, {QStringLiteral("op"), 5}, {QStringLiteral("value"), QStringLiteral("Brno")}})}}})
                                     << "filters[1].op";
        QTest::newRow("filter not a map") << "catalog.list" << params(partners, {{QStringLiteral("filters"), QCborArray{QStringLiteral("city")}}}) << "filters[1]";
        QTest::newRow("filter key unknown") << "catalog.list"
                                            << params(partners, {{QStringLiteral("filters"), QCborArray{map({{QStringLiteral("field"), QStringLiteral("city")}, {QStringLiteral("vaule"), QStringLiteral("Brno")}})}}})
                                            << "filters[1].vaule";
        QTest::newRow("after.inclusive \"yes\"") << "catalog.list"
                                                 << params(partners, {{QStringLiteral("after"), map({{QStringLiteral("value"), QStringLiteral("A")}, {Id, 1}, {QStringLiteral("inclusive"), QStringLiteral("yes")}})}})
                                                 << "after.inclusive";
        QTest::newRow("from.id \"5\"") << "document.basedOn"
                                       << params(QStringLiteral("shipments"), {{QStringLiteral("from"), map({{Kind, QStringLiteral("sales_orders")}, {Id, QStringLiteral("5")}})}})
                                       << "from.id";
        QTest::newRow("from.kind unknown") << "document.basedOn"
                                           << params(QStringLiteral("shipments"), {{QStringLiteral("from"), map({{Kind, QStringLiteral("orderz")}, {Id, 5}})}})
                                           << "from.kind";
    }
    void refusesWrongTypesInsteadOfDefaults()
    {
        QFETCH(QString, method);
        QFETCH(QCborMap, params);
        QFETCH(QString, field);
        const Reply r = call(method, params);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.code, ErrorCode::Validation);
        QCOMPARE(r.error.field, field);
        QVERIFY2(r.error.message.startsWith(field + u':'), qPrintable(r.error.message));
    }

    // catalog.search compares the text with the code (VARCHAR(9) for partners), the name and
    // the searchable fields: a longer text skips the shorter columns instead of failing.
    void searchesWithTextLongerThanTheCode()
    {
        for (const QString &t : {QStringLiteral("Žlutý kůň o"), QStringLiteral("ŽLUTÝ KŮŇ OBCHODNÍ"), QStringLiteral("zluty kun obchodni")}) {
            QVERIFY(t.size() >= 10);
            for (const bool anywhere : {true, false}) {
                const Reply r = call(QStringLiteral("catalog.search"),
                                     params(QStringLiteral("partners"), {{QStringLiteral("text"), t}, {QStringLiteral("anywhere"), anywhere}}));
                QVERIFY2(r.ok, qPrintable(r.error.message));
                QList<qint64> ids;
                for (const QCborValue &row : r.result.toMap().value(QStringLiteral("rows")).toArray())
                    ids.append(row.toMap().value(Id).toInteger());
                QVERIFY2(ids.contains(m_partner), qPrintable(t));
            }
        }
        // Longer than every searched column: nothing can match, and nothing fails.
        const Reply r = call(QStringLiteral("catalog.search"), params(QStringLiteral("partners"), {{QStringLiteral("text"), QString(400, u'x')}}));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QVERIFY(r.result.toMap().value(QStringLiteral("rows")).toArray().isEmpty());
        // Multi-byte characters past the column's byte length too.
        const Reply wide = call(QStringLiteral("catalog.search"), params(QStringLiteral("partners"), {{QStringLiteral("text"), QStringLiteral("a") + repeated(QStringLiteral("€"), 40)}}));
        QVERIFY2(wide.ok, qPrintable(wide.error.message));
    }

    // A value compared with a column may not be longer than the column.
    void refusesFilterValuesLongerThanTheColumn_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<QCborValue>("value");
        for (const char *op : {"=", "!=", "<", ">=", "contains", "startsWith"})
            QTest::newRow(op) << QString::fromLatin1(op) << QCborValue(QStringLiteral("123456789"));
        QTest::newRow("in") << QStringLiteral("in") << QCborValue(QCborArray{QStringLiteral("12345678"), QStringLiteral("123456789")});
        QTest::newRow("multi-byte") << QStringLiteral("=") << QCborValue(QStringLiteral("a") + repeated(QStringLiteral("€"), 12));
    }
    void refusesFilterValuesLongerThanTheColumn()
    {
        QFETCH(QString, op);
        QFETCH(QCborValue, value);
        const QCborArray filters{map({{QStringLiteral("field"), QStringLiteral("ico")}, {QStringLiteral("op"), op}, {QStringLiteral("value"), value}})};
        for (const QString &method : {QStringLiteral("catalog.list"), QStringLiteral("catalog.search")}) {
            QCborMap p = params(QStringLiteral("partners"), {{QStringLiteral("filters"), filters}});
            if (method == QLatin1String("catalog.search"))
                p.insert(QStringLiteral("text"), QStringLiteral("Žlutý"));
            const Reply r = call(method, p);
            QVERIFY(!r.ok);
            QCOMPARE(r.error.code, ErrorCode::Validation);
            QCOMPARE(r.error.field, QStringLiteral("filters[1].value"));
            QVERIFY2(r.error.message.contains(QStringLiteral("at most 8")), qPrintable(r.error.message));
        }
        // The same for the keyset cursor of a list sorted by that column.
        const Reply r = call(QStringLiteral("catalog.list"),
                             params(QStringLiteral("partners"), {{QStringLiteral("sort"), QStringLiteral("code")},
                                                                 {QStringLiteral("after"), map({{QStringLiteral("value"), QString(10, u'9')}, {Id, 1}})}}));
        QCOMPARE(r.error.code, ErrorCode::Validation);
        QCOMPARE(r.error.field, QStringLiteral("after.value"));
    }

    // Logins are the users catalog's codes, at most 40 characters.
    void refusesLoginsLongerThanAUsersCode()
    {
        const QString login41(41, u'a');
        Reply r = call(QStringLiteral("auth.login"), map({{QStringLiteral("user"), login41}, {QStringLiteral("password"), QStringLiteral("whatever-1")}}));
        QCOMPARE(r.error.code, ErrorCode::Validation);
        QCOMPARE(r.error.field, QStringLiteral("user"));
        QVERIFY2(r.error.message.contains(QStringLiteral("41 characters")), qPrintable(r.error.message));
        r = call(QStringLiteral("auth.setPassword"), map({{QStringLiteral("login"), login41}, {QStringLiteral("password"), QStringLiteral("Whatever-Pass-1")}}));
        QCOMPARE(r.error.code, ErrorCode::Validation);
        QCOMPARE(r.error.field, QStringLiteral("login"));
        // 40 characters fit: an unknown user, not a failure of the server.
        r = call(QStringLiteral("auth.setPassword"), map({{QStringLiteral("login"), QString(40, u'a')}, {QStringLiteral("password"), QStringLiteral("Whatever-Pass-1")}}));
        QCOMPARE(r.error.code, ErrorCode::NotFound);
        Connection other;
        QString error;
        QVERIFY(other.open(QStringLiteral("127.0.0.1"), m_server.port(), &error));
        r = other.call(QStringLiteral("auth.login"), map({{QStringLiteral("user"), repeated(QStringLiteral("ž"), 40)}, {QStringLiteral("password"), QStringLiteral("whatever-1")}}));
        QCOMPARE(r.error.code, ErrorCode::LoginFailed);
        // And the form settings of a user: the target is a login too.
        r = call(QStringLiteral("forms.getSettings"), params(QStringLiteral("partners"), {{QStringLiteral("scope"), QStringLiteral("user")}, {QStringLiteral("target"), login41}}));
        QCOMPARE(r.error.code, ErrorCode::Validation);
        QCOMPARE(r.error.field, QStringLiteral("target"));
        r = call(QStringLiteral("forms.saveSettings"),
                 params(QStringLiteral("partners"), {{QStringLiteral("scope"), QStringLiteral("user")}, {QStringLiteral("target"), QString(40, u'a')}, {QStringLiteral("settings"), QCborMap()}}));
        QCOMPARE(r.error.code, ErrorCode::Validation);
        QCOMPARE(r.error.field, QStringLiteral("target"));
        QVERIFY2(r.error.message.contains(QStringLiteral("no user")), qPrintable(r.error.message));
    }

    // "𝄞" is one character (two UTF-16 units), for field lengths and parameter lengths alike.
    void countsCharactersAsAPersonDoes()
    {
        const QString clef = QStringLiteral("𝄞");
        QCOMPARE(clef.size(), 2);
        const qint64 id = createCatalog(*m_c, QStringLiteral("partners"),
                                        map({{QStringLiteral("name"), QStringLiteral("Houslový klíč")}, {QStringLiteral("country"), repeated(clef, 2)},
                                             {QStringLiteral("ico"), repeated(clef, 8)}}));
        QVERIFY(id > 0);
        const QCborMap read = call(QStringLiteral("catalog.read"), params(QStringLiteral("partners"), {{Id, id}})).result.toMap();
        QCOMPARE(read.value(QStringLiteral("ico")).toString(), repeated(clef, 8));
        QCOMPARE(read.value(QStringLiteral("country")).toString(), repeated(clef, 2));
        QCborMap p = params(QStringLiteral("partners"), {{QStringLiteral("values"), map({{QStringLiteral("name"), QStringLiteral("Tři klíče")}, {QStringLiteral("country"), repeated(clef, 3)}})}});
        Reply r = call(QStringLiteral("catalog.create"), p);
        QCOMPARE(r.error.code, ErrorCode::Validation);
        QCOMPARE(r.error.field, QStringLiteral("country"));
        QVERIFY2(r.error.message.contains(QStringLiteral("is 3 characters long; at most 2")), qPrintable(r.error.message));
        // A filter value of 8 clefs fits the 8 characters of ico and finds the partner.
        r = call(QStringLiteral("catalog.list"),
                 params(QStringLiteral("partners"), {{QStringLiteral("filters"), QCborArray{map({{QStringLiteral("field"), QStringLiteral("ico")}, {QStringLiteral("value"), repeated(clef, 8)}})}}}));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(r.result.toMap().value(QStringLiteral("rows")).toArray().size(), 1);
        // Parameters: 40 clefs are a 40-character kind (unknown), 41 are too long.
        r = call(QStringLiteral("catalog.list"), map({{Kind, repeated(clef, 40)}}));
        QCOMPARE(r.error.code, ErrorCode::Validation);
        QVERIFY2(r.error.message.contains(QStringLiteral("unknown")), qPrintable(r.error.message));
        r = call(QStringLiteral("catalog.list"), map({{Kind, repeated(clef, 41)}}));
        QCOMPARE(r.error.code, ErrorCode::Validation);
        QVERIFY2(r.error.message.contains(QStringLiteral("41 characters")), qPrintable(r.error.message));
    }

    // The recalculation of a document not saved names what is wrong as saving would, and saves nothing.
    void recalculationNamesTheFieldAtFault_data()
    {
        QTest::addColumn<QCborMap>("values");
        QTest::addColumn<QCborArray>("lines");
        QTest::addColumn<QString>("field");
        const QCborMap line = map({{QStringLiteral("product"), m_product}, {QStringLiteral("quantity"), QStringLiteral("1")}});
        QCborMap huge = line;
        huge.insert(QStringLiteral("quantity"), QStringLiteral("999999999999.999"));
        huge.insert(QStringLiteral("price"), QStringLiteral("99999999999"));
        QCborMap colour = line;
        colour.insert(QStringLiteral("colour"), QStringLiteral("red"));
        QTest::newRow("an amount that does not fit") << QCborMap() << QCborArray{line, huge} << QStringLiteral("lines[2].amount");
        QTest::newRow("an unknown line field") << QCborMap() << QCborArray{line, colour} << QStringLiteral("lines[2].colour");
        QTest::newRow("a partner that does not exist") << map({{QStringLiteral("partner"), 999999999}}) << QCborArray{line}
                                                       << QStringLiteral("partner");
        QTest::newRow("30 February") << map({{QStringLiteral("date"), QStringLiteral("2026-02-30T00:00:00Z")}}) << QCborArray{line}
                                     << QStringLiteral("date");
        QTest::newRow("a line that is no map") << QCborMap() << QCborArray{5} << QStringLiteral("lines[1]");
    }
    void recalculationNamesTheFieldAtFault()
    {
        QFETCH(QCborMap, values);
        QFETCH(QCborArray, lines);
        QFETCH(QString, field);
        const QCborMap before = snapshot();
        const Reply r = call(QStringLiteral("document.recalculate"),
                             params(QStringLiteral("sales_orders"), {{QStringLiteral("values"), values},
                                                                     {QStringLiteral("sections"), map({{QStringLiteral("lines"), lines}})}}));
        QVERIFY(!r.ok);
        QCOMPARE(r.error.code, ErrorCode::Validation);
        QCOMPARE(r.error.field, field);
        QVERIFY2(r.error.message.startsWith(field + QStringLiteral(": ")), qPrintable(r.error.message));
        QCOMPARE(snapshot(), before);
        const Reply section = call(QStringLiteral("document.recalculate"),
                                   params(QStringLiteral("sales_orders"), {{QStringLiteral("values"), QCborMap()},
                                                                           {QStringLiteral("sections"), map({{QStringLiteral("nothing"), QCborArray()}})}}));
        QCOMPARE(section.error.field, QStringLiteral("nothing"));
    }

    // Every method that takes {kind, id} answers NotFound for an object of another kind.
    void answersNotFoundForAnotherKindsId_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("field");
        for (const char *m : {"catalog.read", "catalog.update", "catalog.setDeleted"})
            QTest::newRow(m) << QString::fromLatin1(m) << QStringLiteral("counterparties") << QStringLiteral("id");
        for (const char *m : {"document.read", "document.update", "document.post", "document.unpost", "document.repost",
                              "document.setDeleted", "document.transition", "document.movements", "document.related",
                              "document.history", "document.completeAction"})
            QTest::newRow(m) << QString::fromLatin1(m) << QStringLiteral("shipments") << QStringLiteral("id");
        QTest::newRow("document.basedOn") << QStringLiteral("document.basedOn") << QStringLiteral("sales_invoices") << QStringLiteral("from.id");
    }
    void answersNotFoundForAnotherKindsId()
    {
        QFETCH(QString, method);
        QFETCH(QString, kind);
        QFETCH(QString, field);
        const bool catalog = method.startsWith(QLatin1String("catalog."));
        const qint64 other = catalog ? m_partner : m_order; // a partner asked for as a counterparty, an order as a shipment
        const int version = versionOf(catalog ? QStringLiteral("catalog.read") : QStringLiteral("document.read"),
                                      catalog ? QStringLiteral("partners") : QStringLiteral("sales_orders"), other);
        QCborMap p = params(kind, {{Id, other}});
        if (method.endsWith(QLatin1String("update")) || method.endsWith(QLatin1String("post")) || method.endsWith(QLatin1String("Deleted")) ||
            method.endsWith(QLatin1String("transition")))
            p.insert(Version, version);
        if (method.endsWith(QLatin1String("update")))
            p.insert(QStringLiteral("values"), map({{QStringLiteral("note"), QStringLiteral("x")}}));
        if (method.endsWith(QLatin1String("transition")))
            p.insert(QStringLiteral("transition"), QStringLiteral("post"));
        if (method.endsWith(QLatin1String("completeAction")))
            p.insert(QStringLiteral("action"), QStringLiteral("checked"));
        if (method == QLatin1String("document.basedOn")) {
            p.remove(Id);
            p.insert(QStringLiteral("from"), map({{Kind, QStringLiteral("shipments")}, {Id, m_order}}));
        }
        const QCborMap before = snapshot();
        const Reply r = call(method, p);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.code, ErrorCode::NotFound);
        QCOMPARE(r.error.field, field);
        QCOMPARE(snapshot(), before);
    }

    // Integers beyond 64 bits are refused, never stored as 0 or wrapped.
    void refusesIntegersBeyond64Bits()
    {
        for (const QCborValue &big : {twoTo64Double(), twoTo64Bignum(), QCborValue(-18446744073709551616.0)}) {
            const QCborMap p = params(QStringLiteral("partners"), {{QStringLiteral("values"), map({{QStringLiteral("name"), QStringLiteral("Velké číslo")}, {QStringLiteral("payment_days"), big}})}});
            const Reply r = call(QStringLiteral("catalog.create"), p);
            QCOMPARE(r.error.code, ErrorCode::Validation);
            QCOMPARE(r.error.field, QStringLiteral("payment_days"));
            QVERIFY2(r.error.message.contains(QStringLiteral("64-bit")), qPrintable(r.error.message));
        }
        // -2^64, which Qt's CBOR decoder would read as 0, written into the request by hand.
        const qint64 placeholder = -0x123456789abcdef0;
        const QCborMap p = params(QStringLiteral("partners"), {{QStringLiteral("values"), map({{QStringLiteral("name"), QStringLiteral("Záporně velké")}, {QStringLiteral("payment_days"), placeholder}})}});
        const QCborMap answer = rawCall(QStringLiteral("catalog.create"), p, QCborValue(placeholder).toCbor(), QByteArray::fromHex("3bffffffffffffffff"));
        const QCborMap error = answer.value(QStringLiteral("error")).toMap();
        QCOMPARE(error.value(QStringLiteral("code")).toInteger(), qint64(ErrorCode::Validation));
        QCOMPARE(error.value(QStringLiteral("field")).toString(), QStringLiteral("payment_days"));
        // And in filters and register dimensions.
        Reply r = call(QStringLiteral("catalog.list"),
                       params(QStringLiteral("partners"), {{QStringLiteral("filters"), QCborArray{map({{QStringLiteral("field"), QStringLiteral("payment_days")}, {QStringLiteral("value"), twoTo64Double()}})}}}));
        QCOMPARE(r.error.field, QStringLiteral("filters[1].value"));
        r = call(QStringLiteral("register.balances"), map({{QStringLiteral("register"), QStringLiteral("stock")}, {QStringLiteral("where"), map({{QStringLiteral("product"), twoTo64Bignum()}})}}));
        QCOMPARE(r.error.code, ErrorCode::Validation);
        QCOMPARE(r.error.field, QStringLiteral("where.product"));
        QVERIFY2(r.error.message.contains(QStringLiteral("64-bit")), qPrintable(r.error.message));
    }

    // A message names its field once, at its start.
    void namesTheFieldOnce_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QCborMap>("params");
        QTest::addColumn<QString>("field");
        auto order = [&](const QCborMap &line) {
            return params(QStringLiteral("sales_orders"), {{QStringLiteral("values"), orderValues()},
                                                           {QStringLiteral("sections"), map({{QStringLiteral("lines"), QCborArray{line}}})}});
        };
        QTest::newRow("line price") << "document.create"
                                    << order(map({{QStringLiteral("product"), m_product}, {QStringLiteral("quantity"), QStringLiteral("1")}, {QStringLiteral("price"), QStringLiteral("abc")}}))
                                    << "lines[1].price";
        QTest::newRow("line amount overflow")
            << "document.create"
            << order(map({{QStringLiteral("product"), m_product}, {QStringLiteral("quantity"), QStringLiteral("999999999999")}, {QStringLiteral("price"), QStringLiteral("99999999999999")}}))
            << "lines[1].amount";
        QTest::newRow("line product of nothing") << "document.create"
                                                 << order(map({{QStringLiteral("product"), 999999999}, {QStringLiteral("quantity"), QStringLiteral("1")}}))
                                                 << "lines[1].product";
        QTest::newRow("header field") << "catalog.create"
                                      << params(QStringLiteral("partners"), {{QStringLiteral("values"), map({{QStringLiteral("name"), QStringLiteral("X")}, {QStringLiteral("payment_days"), QStringLiteral("x")}})}})
                                      << "payment_days";
        QTest::newRow("where dimension") << "register.balances"
                                         << map({{QStringLiteral("register"), QStringLiteral("stock")}, {QStringLiteral("where"), map({{QStringLiteral("product"), QStringLiteral("x")}})}})
                                         << "where.product";
        QTest::newRow("filter value") << "catalog.list"
                                      << params(QStringLiteral("partners"), {{QStringLiteral("filters"), QCborArray{map({{QStringLiteral("field"), QStringLiteral("payment_days")}, {QStringLiteral("value"), QStringLiteral("x")}})}}})
                                      << "filters[1].value";
        QTest::newRow("parameter") << "catalog.list" << params(QStringLiteral("partners"), {{QStringLiteral("limit"), 0}}) << "limit";
    }
    void namesTheFieldOnce()
    {
        QFETCH(QString, method);
        QFETCH(QCborMap, params);
        QFETCH(QString, field);
        const Reply r = call(method, params);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.code, ErrorCode::Validation);
        QCOMPARE(r.error.field, field);
        QVERIFY2(r.error.message.startsWith(field + QStringLiteral(": ")), qPrintable(r.error.message));
        QVERIFY2(r.error.message.count(field) == 1, qPrintable(r.error.message));
    }

    void cleanupTestCase()
    {
        m_c.reset();
        m_server.stop();
        // No bad input reached the database as a failing statement or became Internal.
        QVERIFY2(!m_server.log().contains(QLatin1String("SQL failed")), qPrintable(m_server.log().right(4000)));
        QVERIFY2(!m_server.log().contains(QLatin1String(" Internal\n")), qPrintable(m_server.log().right(4000)));
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
