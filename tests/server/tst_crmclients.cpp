// The client as a whole, through the real server: a partner's timeline (crm.history) over its
// orders, invoices, payments and a deal moved through its stages, paged by a cursor, filtered
// and limited by row rules; the duplicate check by each reason; a merge of duplicates that
// moves documents and register balances and keeps the history; counterparties that must
// belong to the document's partner and be valid on its date.
#include "catalogclient.h"
#include "decimal.h"
#include "serverprocess.h"

#include <QCborArray>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using erp::client::Reply;
using erp::protocol::ErrorCode;
using namespace erp::test;

namespace {

// A document kind that reaches its partner only through its counterparty, added to the
// metadata of this test: the timeline must find it by metadata alone.
const char *SupplierNotes = R"({
  "document": "supplier_notes",
  "title": "Supplier notes",
  "number": {"prefix": "SN"},
  "fields": [
    {"name": "counterparty", "type": "ref", "catalog": "counterparties", "title": "Counterparty", "required": true},
    {"name": "subject", "type": "string", "length": 100, "title": "Subject"}
  ]
})";

bool copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QFileInfo &entry : QDir(from).entryInfoList(QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot)) {
        const QString target = to + u'/' + entry.fileName();
        if (entry.isDir() ? !copyTree(entry.filePath(), target) : !QFile::copy(entry.filePath(), target))
            return false;
    }
    return true;
}

QString key(const QCborMap &row)
{
    return QStringLiteral("%1/%2/%3")
        .arg(row.value(QStringLiteral("kind")).toString(), row.value(QStringLiteral("entry")).toString())
        .arg(row.value(QStringLiteral("entryId")).toInteger());
}

} // namespace

class TestCrmClients : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_metadata;
    ServerProcess m_server;
    std::unique_ptr<erp::client::Connection> m_c, m_clerk;
    qint64 m_org = 0, m_warehouse = 0, m_product = 0, m_admin = 0, m_novak = 0, m_dvorak = 0;
    qint64 m_partner = 0, m_counterparty = 0, m_other = 0, m_otherCounterparty = 0, m_deal = 0, m_dealType = 0;
    // What the partner's timeline must hold: "kind/entry/entryId".
    QSet<QString> m_expected;

    qint64 user(const QString &login, const QString &name, const QString &role)
    {
        const qint64 id = createCatalog(*m_c, QStringLiteral("users"),
                                        map({{QStringLiteral("code"), login}, {QStringLiteral("name"), name},
                                             {QStringLiteral("role"), role}}));
        ERP_CALL_OK(*m_c, "auth.setPassword",
                    map({{QStringLiteral("login"), login}, {QStringLiteral("password"), QStringLiteral("Password-123")}}));
        return id;
    }

    qint64 partner(const QString &name, const QCborMap &more = {})
    {
        QCborMap v = more;
        v.insert(QStringLiteral("name"), name);
        return createCatalog(*m_c, QStringLiteral("partners"), v);
    }

    qint64 counterparty(qint64 partner, const QString &name, const QString &from = {}, const QString &to = {})
    {
        QCborMap v{{QStringLiteral("name"), name}, {QStringLiteral("partner"), partner}};
        if (!from.isEmpty())
            v.insert(QStringLiteral("valid_from"), from);
        if (!to.isEmpty())
            v.insert(QStringLiteral("valid_to"), to);
        return createCatalog(*m_c, QStringLiteral("counterparties"), v);
    }

    Reply order(qint64 partner, qint64 counterparty, const QString &date, qint64 manager, bool post = true,
                const QString &quantity = QStringLiteral("1"))
    {
        QCborMap v{{QStringLiteral("organization"), m_org}, {QStringLiteral("warehouse"), m_warehouse},
                   {QStringLiteral("partner"), partner}, {QStringLiteral("invoicing"), QStringLiteral("on_order")},
                   {QStringLiteral("date"), date}};
        if (counterparty)
            v.insert(QStringLiteral("counterparty"), counterparty);
        if (manager)
            v.insert(QStringLiteral("manager"), manager);
        return createDocument(*m_c, QStringLiteral("sales_orders"), v,
                              {map({{QStringLiteral("product"), m_product}, {QStringLiteral("quantity"), quantity},
                                    {QStringLiteral("price"), QStringLiteral("100")},
                                    {QStringLiteral("reservation"), QStringLiteral("ship_later")}})},
                              post);
    }

    // A document based on another, dated, posted; its id.
    qint64 basedOn(const QString &kind, const QString &fromKind, qint64 fromId, const QString &date)
    {
        const Reply p = m_c->call(QStringLiteral("document.basedOn"),
                                  params(kind, {{QStringLiteral("from"), map({{QStringLiteral("kind"), fromKind},
                                                                              {QStringLiteral("id"), fromId}})}}));
        if (!p.ok)
            qWarning().noquote() << "basedOn" << p.error.message;
        QCborMap values = p.result.toMap().value(QStringLiteral("values")).toMap();
        values.insert(QStringLiteral("date"), date);
        const QCborArray lines =
            p.result.toMap().value(QStringLiteral("sections")).toMap().value(QStringLiteral("lines")).toArray();
        const Reply r = createDocument(*m_c, kind, values, lines, true);
        if (!r.ok)
            qWarning().noquote() << kind << r.error.message << r.error.field;
        return r.result.toMap().value(QStringLiteral("id")).toInteger();
    }

    static qint64 idOf(const Reply &r) { return r.result.toMap().value(QStringLiteral("id")).toInteger(); }

    Reply history(erp::client::Connection &c, qint64 partner, const QCborMap &filters = {}, const QCborValue &after = {},
                  int limit = 0)
    {
        QCborMap p{{QStringLiteral("partner"), partner}};
        if (!filters.isEmpty())
            p.insert(QStringLiteral("filters"), filters);
        if (!after.isUndefined())
            p.insert(QStringLiteral("after"), after);
        if (limit)
            p.insert(QStringLiteral("limit"), limit);
        return c.call(QStringLiteral("crm.history"), p);
    }

    // Every row of a partner's timeline, page after page.
    QList<QCborMap> allPages(erp::client::Connection &c, qint64 partner, int limit, const QCborMap &filters = {})
    {
        QList<QCborMap> rows;
        QCborValue after;
        for (int page = 0; page < 1000; ++page) {
            const Reply r = history(c, partner, filters, after, limit);
            if (!r.ok) {
                qWarning().noquote() << "crm.history" << r.error.message << r.error.field;
                return {};
            }
            for (const QCborValue &v : r.result.toMap().value(QStringLiteral("rows")).toArray())
                rows.append(v.toMap());
            after = r.result.toMap().value(QStringLiteral("next"));
            if (after.isNull())
                break;
        }
        return rows;
    }

    Reply transition(const QString &kind, qint64 id, const QString &name)
    {
        const QCborMap doc = m_c->call(QStringLiteral("document.read"), params(kind, {{QStringLiteral("id"), id}}))
                                 .result.toMap();
        const Reply r = m_c->call(QStringLiteral("document.transition"),
                                  params(kind, {{QStringLiteral("id"), id},
                                                {QStringLiteral("version"), doc.value(QStringLiteral("version"))},
                                                {QStringLiteral("transition"), name}}));
        if (!r.ok)
            qWarning().noquote() << name << r.error.message << r.error.field;
        return r;
    }

    QCborArray candidates(const QString &kind, const QCborMap &values, qint64 self = 0)
    {
        QCborMap p{{QStringLiteral("kind"), kind}, {QStringLiteral("values"), values}};
        if (self)
            p.insert(QStringLiteral("id"), self);
        const Reply r = m_c->call(QStringLiteral("crm.duplicates"), p);
        if (!r.ok)
            qWarning().noquote() << "crm.duplicates" << r.error.message << r.error.field;
        return r.result.toMap().value(QStringLiteral("candidates")).toArray();
    }

    // "id:reason,reason" of each candidate.
    static QStringList found(const QCborArray &candidates)
    {
        QStringList out;
        for (const QCborValue &c : candidates) {
            QStringList reasons;
            for (const QCborValue &r : c.toMap().value(QStringLiteral("reasons")).toArray())
                reasons << r.toString();
            out << QStringLiteral("%1:%2").arg(c.toMap().value(QStringLiteral("id")).toInteger()).arg(reasons.join(u','));
        }
        return out;
    }

    erp::Decimal settlements(qint64 counterparty)
    {
        const QCborArray rows =
            m_c->call(QStringLiteral("register.balances"),
                      map({{QStringLiteral("register"), QStringLiteral("settlements")},
                           {QStringLiteral("where"), map({{QStringLiteral("counterparty"), counterparty}})}}))
                .result.toMap().value(QStringLiteral("rows")).toArray();
        erp::Decimal sum;
        for (const QCborValue &r : rows)
            sum = *sum.plus(*erp::Decimal::parse(r.toMap().value(QStringLiteral("amount")).toString()));
        return sum;
    }

    // Revenue per partner from the sales report.
    QHash<qint64, QString> salesByPartner()
    {
        const QCborArray rows = m_c->call(QStringLiteral("report.salesByPeriod"),
                                          map({{QStringLiteral("groupBy"), QStringLiteral("partner")}}))
                                    .result.toMap().value(QStringLiteral("rows")).toArray();
        QHash<qint64, QString> out;
        for (const QCborValue &r : rows)
            out.insert(r.toMap().value(QStringLiteral("key")).toInteger(), r.toMap().value(QStringLiteral("revenue")).toString());
        return out;
    }

    Reply merge(const QString &kind, qint64 from, qint64 into, erp::client::Connection *c = nullptr)
    {
        return (c ? *c : *m_c)
            .call(QStringLiteral("crm.merge"),
                  map({{QStringLiteral("kind"), kind}, {QStringLiteral("from"), from}, {QStringLiteral("into"), into}}));
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString dir = m_metadata.path() + QStringLiteral("/metadata");
        QVERIFY(copyTree(qEnvironmentVariable("ERP_SOURCE_DIR") + QStringLiteral("/resources/metadata"), dir));
        QFile notes(dir + QStringLiteral("/documents/supplier_notes.json"));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write(SupplierNotes);
        notes.close();
        QVERIFY(m_server.start({QStringLiteral("--metadata"), dir}));
        m_c = m_server.connect();
        QVERIFY(m_c);
        m_admin = ERP_CALL_OK(*m_c, "auth.whoami", {}).result.toMap().value(QStringLiteral("id")).toInteger();
        const StockedWarehouse stocked = stockedWarehouse(*m_c, QStringLiteral("100"));
        m_org = stocked.organization;
        m_warehouse = stocked.warehouse;
        m_product = stocked.product;
        QVERIFY(m_product);
        m_novak = user(QStringLiteral("jnovak"), QStringLiteral("Jan Novák"), QStringLiteral("manager"));
        m_dvorak = user(QStringLiteral("pdvorak"), QStringLiteral("Petr Dvořák"), QStringLiteral("clerk"));
        QVERIFY(m_novak && m_dvorak);

        m_partner = partner(QStringLiteral("Alfa Stavby"));
        m_counterparty = counterparty(m_partner, QStringLiteral("Alfa Stavby s.r.o."), QStringLiteral("2026-01-01"));
        m_other = partner(QStringLiteral("Beta Obchod"));
        m_otherCounterparty = counterparty(m_other, QStringLiteral("Beta Obchod a.s."));
        QVERIFY(m_counterparty && m_otherCounterparty);

        // Two orders invoiced, one paid; a deal walked through three stages; ten drafts at one moment.
        const Reply o1 = order(m_partner, m_counterparty, QStringLiteral("2026-11-21T09:00:00Z"), m_novak);
        const Reply o2 = order(m_partner, m_counterparty, QStringLiteral("2026-11-24T09:00:00Z"), m_dvorak);
        QVERIFY(o1.ok && o2.ok);
        const qint64 i1 = basedOn(QStringLiteral("sales_invoices"), QStringLiteral("sales_orders"), idOf(o1),
                                  QStringLiteral("2026-11-22T10:00:00Z"));
        const qint64 i2 = basedOn(QStringLiteral("sales_invoices"), QStringLiteral("sales_orders"), idOf(o2),
                                  QStringLiteral("2026-11-25T10:00:00Z"));
        const qint64 p1 = basedOn(QStringLiteral("incoming_payments"), QStringLiteral("sales_invoices"), i1,
                                  QStringLiteral("2026-11-23T11:00:00Z"));
        QVERIFY(i1 && i2 && p1);
        m_expected << QStringLiteral("sales_orders/document/%1").arg(idOf(o1))
                   << QStringLiteral("sales_orders/document/%1").arg(idOf(o2))
                   << QStringLiteral("sales_invoices/document/%1").arg(i1)
                   << QStringLiteral("sales_invoices/document/%1").arg(i2)
                   << QStringLiteral("incoming_payments/document/%1").arg(p1);
        m_dealType = dealType(*m_c, QStringLiteral("Projekt"),
                              {QStringLiteral("lead"), QStringLiteral("qualification"), QStringLiteral("proposal"),
                               QStringLiteral("negotiation")});
        QVERIFY(m_dealType);
        QCborMap deal{{QStringLiteral("subject"), QStringLiteral("Hala Zlín")},
                      {QStringLiteral("partner"), m_partner},
                      {QStringLiteral("manager"), m_novak},
                      {QStringLiteral("expected_amount"), QStringLiteral("250000")},
                      {QStringLiteral("deal_type"), m_dealType},
                      {QStringLiteral("date"), QStringLiteral("2026-11-20T12:00:00Z")}};
        const Reply d = ERP_CALL_OK(*m_c, "document.create",
                                    map({{QStringLiteral("kind"), QStringLiteral("deals")}, {QStringLiteral("values"), deal}}));
        m_deal = idOf(d);
        QVERIFY(m_deal);
        m_expected << QStringLiteral("deals/document/%1").arg(m_deal);
        for (const char *t : {"to_qualification", "to_proposal", "to_negotiation"})
            QVERIFY(transition(QStringLiteral("deals"), m_deal, QLatin1String(t)).ok);
        for (int i = 0; i < 10; ++i) {
            const Reply r = order(m_partner, 0, QStringLiteral("2026-11-26T08:00:00Z"), 0, false);
            QVERIFY(r.ok);
            m_expected << QStringLiteral("sales_orders/document/%1").arg(idOf(r));
        }
        const Reply note = ERP_CALL_OK(*m_c, "document.create",
                                       map({{QStringLiteral("kind"), QStringLiteral("supplier_notes")},
                                            {QStringLiteral("values"), map({{QStringLiteral("counterparty"), m_counterparty},
                                                                             {QStringLiteral("subject"), QStringLiteral("Cenová nabídka")},
                                                                             {QStringLiteral("date"), QStringLiteral("2026-11-19T07:00:00Z")}})}}));
        QVERIFY(note.ok);
        m_expected << QStringLiteral("supplier_notes/document/%1").arg(idOf(note));
        // Another partner's documents never appear.
        QVERIFY(order(m_other, m_otherCounterparty, QStringLiteral("2026-11-22T09:00:00Z"), m_novak).ok);
    }

    void timelineListsEverythingNewestFirstWithStageChanges()
    {
        const Reply r = history(*m_c, m_partner, {}, {}, 500);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const QCborArray rows = r.result.toMap().value(QStringLiteral("rows")).toArray();
        QVERIFY(r.result.toMap().value(QStringLiteral("next")).isNull());
        QSet<QString> documents;
        int stages = 0;
        QString previous;
        for (const QCborValue &v : rows) {
            const QCborMap row = v.toMap();
            const QString at = row.value(QStringLiteral("at")).toString();
            QVERIFY2(previous.isEmpty() || at <= previous, qPrintable(at + u' ' + previous));
            previous = at;
            if (row.value(QStringLiteral("entry")).toString() == QLatin1String("stage")) {
                ++stages;
                QCOMPARE(row.value(QStringLiteral("id")).toInteger(), m_deal);
                QVERIFY(row.value(QStringLiteral("summary")).toString().contains(QStringLiteral(" → ")));
            } else {
                documents.insert(key(row));
            }
        }
        QCOMPARE(documents, m_expected);
        QCOMPARE(stages, 3);
        // The newest entry is the last stage change (made now), to negotiation.
        const QCborMap newest = rows.first().toMap();
        QCOMPARE(newest.value(QStringLiteral("entry")).toString(), QStringLiteral("stage"));
        QCOMPARE(newest.value(QStringLiteral("state")).toString(), QStringLiteral("negotiation"));
        QCOMPARE(newest.value(QStringLiteral("from")).toString(), QStringLiteral("proposal"));
        // A document row: its title, number, state, amount and the counterparty in the summary
        // (the amount a field of its own, for the client to format: never repeated in the summary).
        for (const QCborValue &v : rows) {
            const QCborMap row = v.toMap();
            if (row.value(QStringLiteral("kind")).toString() != QLatin1String("sales_invoices"))
                continue;
            QCOMPARE(row.value(QStringLiteral("title")).toString(), QStringLiteral("Sales invoices"));
            QVERIFY(row.value(QStringLiteral("number")).toString().startsWith(QStringLiteral("FV-")));
            QCOMPARE(row.value(QStringLiteral("state")).toString(), QStringLiteral("posted"));
            QCOMPARE(row.value(QStringLiteral("amount")).toString(), QStringLiteral("121.0000"));
            QVERIFY(row.value(QStringLiteral("summary")).toString().startsWith(QStringLiteral("Alfa Stavby s.r.o.")));
            QVERIFY2(!row.value(QStringLiteral("summary")).toString().contains(QStringLiteral("121")),
                     qPrintable(row.value(QStringLiteral("summary")).toString()));
        }
    }

    void pagesByCursorWithoutGapsOrRepeats()
    {
        const QList<QCborMap> whole = allPages(*m_c, m_partner, 500);
        for (const int limit : {1, 3, 7}) {
            const QList<QCborMap> paged = allPages(*m_c, m_partner, limit);
            QCOMPARE(paged.size(), whole.size());
            for (qsizetype i = 0; i < paged.size(); ++i)
                QCOMPARE(key(paged.at(i)), key(whole.at(i)));
        }
        // The ten drafts at one moment are split across pages and still each come once.
        QSet<QString> keys;
        for (const QCborMap &row : whole)
            keys.insert(key(row));
        QCOMPARE(keys.size(), whole.size());
    }

    void filtersByKindPeriodAndManager()
    {
        QList<QCborMap> rows = allPages(*m_c, m_partner, 4,
                                        map({{QStringLiteral("kinds"), QCborArray{QStringLiteral("sales_invoices")}}}));
        QCOMPARE(rows.size(), 2);
        for (const QCborMap &row : rows)
            QCOMPARE(row.value(QStringLiteral("kind")).toString(), QStringLiteral("sales_invoices"));

        rows = allPages(*m_c, m_partner, 4,
                        map({{QStringLiteral("from"), QStringLiteral("2026-11-22T00:00:00Z")},
                             {QStringLiteral("to"), QStringLiteral("2026-11-24T23:59:59Z")}}));
        QStringList kinds;
        for (const QCborMap &row : rows)
            kinds << row.value(QStringLiteral("kind")).toString();
        QCOMPARE(kinds, (QStringList{QStringLiteral("sales_orders"), QStringLiteral("incoming_payments"),
                                     QStringLiteral("sales_invoices")}));

        // The manager's: the order and invoice he manages and his deal with its stage changes.
        rows = allPages(*m_c, m_partner, 2, map({{QStringLiteral("manager"), m_novak}}));
        QStringList entries;
        for (const QCborMap &row : rows) {
            QCOMPARE(row.value(QStringLiteral("manager")).toInteger(), m_novak);
            entries << row.value(QStringLiteral("kind")).toString() + u'/' + row.value(QStringLiteral("entry")).toString();
        }
        QCOMPARE(entries, (QStringList{QStringLiteral("deals/stage"), QStringLiteral("deals/stage"),
                                       QStringLiteral("deals/stage"), QStringLiteral("sales_invoices/document"),
                                       QStringLiteral("sales_orders/document"), QStringLiteral("deals/document")}));
    }

    void badParametersAreNamed()
    {
        const auto refused = [&](const QCborMap &filters, const QCborValue &after, const QString &field) {
            const Reply r = history(*m_c, m_partner, filters, after);
            if (r.ok || r.error.field != field)
                qWarning().noquote() << field << r.error.message << r.error.field;
            return !r.ok && r.error.field == field;
        };
        QVERIFY(refused(map({{QStringLiteral("kinds"), QCborArray{QStringLiteral("deals"), QStringLiteral("nonsense")}}}), {},
                        QStringLiteral("filters.kinds[2]")));
        QVERIFY(refused(map({{QStringLiteral("kinds"), QCborArray{QStringLiteral("products")}}}), {},
                        QStringLiteral("filters.kinds[1]")));
        QVERIFY(refused(map({{QStringLiteral("from"), QStringLiteral("yesterday")}}), {}, QStringLiteral("filters.from")));
        QVERIFY(refused(map({{QStringLiteral("manager"), QStringLiteral("me")}}), {}, QStringLiteral("filters.manager")));
        QVERIFY(refused(map({{QStringLiteral("kind"), QStringLiteral("deals")}}), {}, QStringLiteral("filters.kind")));
        QVERIFY(refused(map({{QStringLiteral("from"), QStringLiteral("2026-11-30T00:00:00Z")},
                             {QStringLiteral("to"), QStringLiteral("2026-11-01T00:00:00Z")}}),
                        {}, QStringLiteral("filters.to")));
        QVERIFY(refused({}, map({{QStringLiteral("at"), QStringLiteral("x")}}), QStringLiteral("after.at")));
        QVERIFY(refused({}, map({{QStringLiteral("at"), QStringLiteral("2026-11-30T00:00:00Z")},
                                 {QStringLiteral("kind"), QStringLiteral("deals")},
                                 {QStringLiteral("entry"), QStringLiteral("nothing")},
                                 {QStringLiteral("id"), 1}}),
                        QStringLiteral("after.entry")));
        Reply r = history(*m_c, 99999999);
        QCOMPARE(r.error.code, ErrorCode::NotFound);
        QCOMPARE(r.error.field, QStringLiteral("partner"));
        r = m_c->call(QStringLiteral("crm.history"), map({{QStringLiteral("partner"), m_partner}, {QStringLiteral("limit"), 0}}));
        QCOMPARE(r.error.field, QStringLiteral("limit"));
        r = m_c->call(QStringLiteral("crm.history"), map({{QStringLiteral("partner"), QStringLiteral("1")}}));
        QCOMPARE(r.error.code, ErrorCode::Validation);
        QCOMPARE(r.error.field, QStringLiteral("partner"));
    }

    void rowRulesAndRightsHideEntries()
    {
        // The clerk sees no invoice of this partner and no deal at all.
        QVERIFY(ERP_CALL_OK(*m_c, "access.setRowRules",
                            map({{QStringLiteral("role"), QStringLiteral("clerk")},
                                 {QStringLiteral("kind"), QStringLiteral("sales_invoices")},
                                 {QStringLiteral("rules"), QCborArray{map({{QStringLiteral("field"), QStringLiteral("partner")},
                                                                           {QStringLiteral("op"), QStringLiteral("!=")},
                                                                           {QStringLiteral("value"), m_partner}})}}}))
                    .ok);
        QVERIFY(ERP_CALL_OK(*m_c, "access.setRowRules",
                            map({{QStringLiteral("role"), QStringLiteral("clerk")},
                                 {QStringLiteral("kind"), QStringLiteral("deals")},
                                 {QStringLiteral("rules"), QCborArray{map({{QStringLiteral("field"), QStringLiteral("id")},
                                                                           {QStringLiteral("op"), QStringLiteral("<")},
                                                                           {QStringLiteral("value"), 0}})}}}))
                    .ok);
        m_clerk = m_server.connect(QStringLiteral("pdvorak"), QStringLiteral("Password-123"));
        QVERIFY(m_clerk);
        const QList<QCborMap> rows = allPages(*m_clerk, m_partner, 3);
        QSet<QString> seen;
        for (const QCborMap &row : rows) {
            QVERIFY(row.value(QStringLiteral("kind")).toString() != QLatin1String("sales_invoices"));
            QVERIFY(row.value(QStringLiteral("kind")).toString() != QLatin1String("deals"));
            seen.insert(key(row));
        }
        QSet<QString> expected;
        for (const QString &k : std::as_const(m_expected))
            if (!k.startsWith(QLatin1String("sales_invoices/")) && !k.startsWith(QLatin1String("deals/")))
                expected.insert(k);
        QCOMPARE(seen, expected);
    }

    void duplicatesFoundByEachReason()
    {
        const qint64 novak = partner(QStringLiteral("Novák Stavby s.r.o."),
                                     map({{QStringLiteral("ico"), QStringLiteral("12345678")},
                                          {QStringLiteral("dic"), QStringLiteral("CZ12345678")},
                                          {QStringLiteral("email"), QStringLiteral("info@novak-stavby.cz")},
                                          {QStringLiteral("phone"), QStringLiteral("+420 603 111 222")}}));
        const qint64 unrelated = partner(QStringLiteral("Dvořák Elektro a.s."),
                                         map({{QStringLiteral("ico"), QStringLiteral("87654321")},
                                              {QStringLiteral("dic"), QStringLiteral("CZ87654321")},
                                              {QStringLiteral("email"), QStringLiteral("info@dvorak.cz")},
                                              {QStringLiteral("phone"), QStringLiteral("777 888 999")}}));
        QVERIFY(novak && unrelated);
        const QString partners = QStringLiteral("partners");
        QCOMPARE(found(candidates(partners, map({{QStringLiteral("ico"), QStringLiteral("12345678")}}))),
                 QStringList{QStringLiteral("%1:ico").arg(novak)});
        QCOMPARE(found(candidates(partners, map({{QStringLiteral("dic"), QStringLiteral("cz12345678")}}))),
                 QStringList{QStringLiteral("%1:dic").arg(novak)});
        QCOMPARE(found(candidates(partners, map({{QStringLiteral("email"), QStringLiteral("INFO@Novak-Stavby.cz")}}))),
                 QStringList{QStringLiteral("%1:email").arg(novak)});
        for (const char *phone : {"603111222", "00420 603-111-222", "(+420) 603/111/222"})
            QCOMPARE(found(candidates(partners, map({{QStringLiteral("phone"), QLatin1String(phone)}}))),
                     QStringList{QStringLiteral("%1:phone").arg(novak)});
        for (const char *name : {"NOVAK STAVBY, spol. s r.o.", "Stavby Novák", "Novák Stavba a.s."}) {
            const QCborArray c = candidates(partners, map({{QStringLiteral("name"), QString::fromUtf8(name)}}));
            QVERIFY2(found(c) == QStringList{QStringLiteral("%1:name").arg(novak)}, qPrintable(QString::fromUtf8(name) + u' ' + found(c).join(u' ')));
        }
        // Every reason at once scores highest; the object itself is left out with id.
        const QCborArray all = candidates(partners, map({{QStringLiteral("name"), QStringLiteral("Novák Stavby")},
                                                         {QStringLiteral("ico"), QStringLiteral("12345678")},
                                                         {QStringLiteral("phone"), QStringLiteral("603 111 222")}}));
        QCOMPARE(found(all), QStringList{QStringLiteral("%1:ico,phone,name").arg(novak)});
        QCOMPARE(all.at(0).toMap().value(QStringLiteral("score")).toInteger(), 100);
        QVERIFY(candidates(partners, map({{QStringLiteral("ico"), QStringLiteral("12345678")}}), novak).isEmpty());
        // Unrelated values find nothing.
        QVERIFY(candidates(partners, map({{QStringLiteral("name"), QStringLiteral("Novák Elektro")},
                                          {QStringLiteral("ico"), QStringLiteral("11112222")},
                                          {QStringLiteral("phone"), QStringLiteral("603 111 223")},
                                          {QStringLiteral("email"), QStringLiteral("novak@stavby.cz")}}))
                    .isEmpty());
        QVERIFY(candidates(partners, map({{QStringLiteral("phone"), QStringLiteral("111 222")}})).isEmpty());
        // Contact persons by e-mail and by their mobile.
        const qint64 contact = createCatalog(*m_c, QStringLiteral("contact_persons"),
                                             map({{QStringLiteral("name"), QStringLiteral("Eva Malá")},
                                                  {QStringLiteral("partner"), novak},
                                                  {QStringLiteral("email"), QStringLiteral("eva@novak-stavby.cz")},
                                                  {QStringLiteral("mobile"), QStringLiteral("+420 731 000 111")}}));
        QVERIFY(contact);
        QCOMPARE(found(candidates(QStringLiteral("contact_persons"),
                                  map({{QStringLiteral("email"), QStringLiteral("Eva@novak-stavby.cz")},
                                       {QStringLiteral("phone"), QStringLiteral("731000111")}}))),
                 QStringList{QStringLiteral("%1:email,phone").arg(contact)});
        // Bad input is named.
        Reply r = m_c->call(QStringLiteral("crm.duplicates"),
                            map({{QStringLiteral("kind"), QStringLiteral("products")}, {QStringLiteral("values"), QCborMap()}}));
        QCOMPARE(r.error.field, QStringLiteral("kind"));
        r = m_c->call(QStringLiteral("crm.duplicates"),
                      map({{QStringLiteral("kind"), partners}, {QStringLiteral("values"), map({{QStringLiteral("fax"), QStringLiteral("1")}})}}));
        QCOMPARE(r.error.field, QStringLiteral("values.fax"));
        r = m_c->call(QStringLiteral("crm.duplicates"),
                      map({{QStringLiteral("kind"), partners}, {QStringLiteral("values"), map({{QStringLiteral("ico"), 12345678}})}}));
        QCOMPARE(r.error.field, QStringLiteral("values.ico"));
        r = m_c->call(QStringLiteral("crm.duplicates"),
                      map({{QStringLiteral("kind"), partners}, {QStringLiteral("values"), map({{QStringLiteral("ico"), QStringLiteral("123456789")}})}}));
        QCOMPARE(r.error.code, ErrorCode::Validation);
        QCOMPARE(r.error.field, QStringLiteral("values.ico"));
    }

    // A partner's legal entities often share most of a name: entering another counterparty of
    // the same partner does not offer its siblings by name, but the same IČO within the partner
    // is still a duplicate, and a similar name of another partner's counterparty still is.
    void counterpartiesOfOnePartnerAreNoDuplicatesByName()
    {
        const QString kind = QStringLiteral("counterparties");
        const qint64 owner = partner(QStringLiteral("Zelený Strom Holding"));
        const qint64 stranger = partner(QStringLiteral("Cizí Strom"));
        QVERIFY(owner && stranger);
        const qint64 czech = createCatalog(*m_c, kind, map({{QStringLiteral("name"), QStringLiteral("Zelený Strom Česko s.r.o.")},
                                                             {QStringLiteral("partner"), owner},
                                                             {QStringLiteral("ico"), QStringLiteral("27082440")}}));
        QVERIFY(czech);
        const QString sibling = QStringLiteral("Zelený Strom Česko a.s.");
        // Without the partner (or for another one) the name is a duplicate.
        QCOMPARE(found(candidates(kind, map({{QStringLiteral("name"), sibling}}))),
                 QStringList{QStringLiteral("%1:name").arg(czech)});
        QCOMPARE(found(candidates(kind, map({{QStringLiteral("name"), sibling}, {QStringLiteral("partner"), stranger}}))),
                 QStringList{QStringLiteral("%1:name").arg(czech)});
        // Of the same partner it is not; the same IČO still is, by its IČO only.
        QVERIFY(candidates(kind, map({{QStringLiteral("name"), sibling}, {QStringLiteral("partner"), owner}})).isEmpty());
        QCOMPARE(found(candidates(kind, map({{QStringLiteral("name"), sibling},
                                             {QStringLiteral("ico"), QStringLiteral("27082440")},
                                             {QStringLiteral("partner"), owner}}))),
                 QStringList{QStringLiteral("%1:ico").arg(czech)});
        // Saved, the sibling is checked with its stored partner when edited.
        const qint64 second = createCatalog(*m_c, kind, map({{QStringLiteral("name"), sibling}, {QStringLiteral("partner"), owner}}));
        QVERIFY(second);
        QVERIFY(candidates(kind, map({{QStringLiteral("name"), sibling}}), second).isEmpty());
        // A counterparty of the other partner finds both by name.
        const QStringList both = found(candidates(kind, map({{QStringLiteral("name"), QStringLiteral("Zelený Strom Česko")},
                                                             {QStringLiteral("partner"), stranger}})));
        QCOMPARE(both.size(), 2);
        QVERIFY(both.contains(QStringLiteral("%1:name").arg(czech)) && both.contains(QStringLiteral("%1:name").arg(second)));
        // Bad input is named: a partner of another kind of object, a partner that is no id.
        Reply r = m_c->call(QStringLiteral("crm.duplicates"),
                            map({{QStringLiteral("kind"), kind},
                                 {QStringLiteral("values"), map({{QStringLiteral("name"), sibling}, {QStringLiteral("partner"), QStringLiteral("Zelený")}})}}));
        QCOMPARE(r.error.code, ErrorCode::Validation);
        QCOMPARE(r.error.field, QStringLiteral("values.partner"));
        r = m_c->call(QStringLiteral("crm.duplicates"),
                      map({{QStringLiteral("kind"), QStringLiteral("partners")},
                           {QStringLiteral("values"), map({{QStringLiteral("name"), sibling}, {QStringLiteral("partner"), owner}})}}));
        QCOMPARE(r.error.code, ErrorCode::Validation);
        QCOMPARE(r.error.field, QStringLiteral("values.partner"));
    }

    void counterpartyMustBelongAndBeValid()
    {
        const qint64 old = counterparty(m_partner, QStringLiteral("Alfa Stavby v.o.s."), QStringLiteral("2025-01-01"),
                                        QStringLiteral("2026-06-30"));
        QVERIFY(old);
        Reply r = order(m_partner, m_otherCounterparty, QStringLiteral("2026-11-27T09:00:00Z"), 0, false);
        QCOMPARE(r.error.code, ErrorCode::Validation);
        QCOMPARE(r.error.field, QStringLiteral("counterparty"));
        QVERIFY(r.error.message.contains(QStringLiteral("Beta Obchod a.s.")));
        r = order(m_partner, old, QStringLiteral("2026-07-01T09:00:00Z"), 0, false);
        QCOMPARE(r.error.field, QStringLiteral("counterparty"));
        QVERIFY(r.error.message.contains(QStringLiteral("2026-06-30")));
        r = order(m_partner, m_counterparty, QStringLiteral("2025-12-31T09:00:00Z"), 0, false);
        QCOMPARE(r.error.field, QStringLiteral("counterparty"));
        r = order(m_partner, old, QStringLiteral("2026-06-30T20:00:00Z"), 0, false);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        // Moving the accepted one past the counterparty's validity is refused too, and changes nothing.
        const QCborMap saved = r.result.toMap();
        r = m_c->call(QStringLiteral("document.update"),
                      params(QStringLiteral("sales_orders"),
                             {{QStringLiteral("id"), saved.value(QStringLiteral("id"))},
                              {QStringLiteral("version"), saved.value(QStringLiteral("version"))},
                              {QStringLiteral("values"), map({{QStringLiteral("date"), QStringLiteral("2026-08-01T09:00:00Z")}})}}));
        QCOMPARE(r.error.field, QStringLiteral("counterparty"));
        const QCborMap again = m_c->call(QStringLiteral("document.read"),
                                         params(QStringLiteral("sales_orders"), {{QStringLiteral("id"), saved.value(QStringLiteral("id"))}}))
                                   .result.toMap();
        QCOMPARE(again.value(QStringLiteral("date")).toString(), saved.value(QStringLiteral("date")).toString());
        // Contact persons take a role from the catalog.
        const qint64 role = createCatalog(*m_c, QStringLiteral("contact_roles"),
                                          map({{QStringLiteral("code"), QStringLiteral("purchaser")},
                                               {QStringLiteral("name"), QStringLiteral("Nákupčí")}}));
        QVERIFY(createCatalog(*m_c, QStringLiteral("contact_persons"),
                              map({{QStringLiteral("name"), QStringLiteral("Ivo Rychlý")},
                                   {QStringLiteral("partner"), m_partner}, {QStringLiteral("role"), role}})));
    }

    void mergeMovesDocumentsBalancesAndKeepsHistory()
    {
        // A duplicate of Alfa Stavby with its own counterparty, an invoice left unpaid and a deal.
        const qint64 dup = partner(QStringLiteral("ALFA STAVBY, a.s."));
        const qint64 dupEntity = counterparty(dup, QStringLiteral("Alfa Stavby a.s."));
        const Reply o = order(dup, dupEntity, QStringLiteral("2026-11-21T15:00:00Z"), m_novak, true, QStringLiteral("3"));
        QVERIFY(o.ok);
        const qint64 invoice = basedOn(QStringLiteral("sales_invoices"), QStringLiteral("sales_orders"), idOf(o),
                                       QStringLiteral("2026-11-22T15:00:00Z"));
        QVERIFY(invoice);
        const Reply deal = ERP_CALL_OK(*m_c, "document.create",
                                       map({{QStringLiteral("kind"), QStringLiteral("deals")},
                                            {QStringLiteral("values"), map({{QStringLiteral("subject"), QStringLiteral("Sklad Brno")},
                                                                             {QStringLiteral("partner"), dup},
                                                                             {QStringLiteral("deal_type"), m_dealType}})}}));
        QVERIFY(transition(QStringLiteral("deals"), idOf(deal), QStringLiteral("to_proposal")).ok);
        const int dealHistory = m_c->call(QStringLiteral("document.history"), params(QStringLiteral("deals"), {{QStringLiteral("id"), idOf(deal)}}))
                                    .result.toMap().value(QStringLiteral("rows")).toArray().size();
        const qsizetype timelineBefore = allPages(*m_c, m_partner, 500).size();
        const qsizetype dupTimeline = allPages(*m_c, dup, 500).size();
        QCOMPARE(dupTimeline, 4); // order, invoice, deal, its stage change

        const erp::Decimal keptBefore = settlements(m_counterparty), dupBefore = settlements(dupEntity);
        QVERIFY(dupBefore == *erp::Decimal::parse(QStringLiteral("363")));
        const QHash<qint64, QString> salesBefore = salesByPartner();
        const erp::Decimal revenueBefore = *erp::Decimal::parse(salesBefore.value(m_partner))
                                                 ->plus(*erp::Decimal::parse(salesBefore.value(dup)));

        // Refused: itself, a missing one, another kind, not an administrator, counterparties of two partners.
        Reply r = merge(QStringLiteral("partners"), dup, dup);
        QCOMPARE(r.error.field, QStringLiteral("into"));
        r = merge(QStringLiteral("partners"), dup, 99999999);
        QCOMPARE(r.error.code, ErrorCode::NotFound);
        QCOMPARE(r.error.field, QStringLiteral("into"));
        r = merge(QStringLiteral("partners"), 99999999, dup);
        QCOMPARE(r.error.field, QStringLiteral("from"));
        r = merge(QStringLiteral("products"), dup, m_partner);
        QCOMPARE(r.error.field, QStringLiteral("kind"));
        r = merge(QStringLiteral("partners"), dup, m_partner, m_clerk.get());
        QCOMPARE(r.error.code, ErrorCode::Forbidden);
        r = merge(QStringLiteral("counterparties"), dupEntity, m_counterparty);
        QCOMPARE(r.error.field, QStringLiteral("into"));

        r = merge(QStringLiteral("partners"), dup, m_partner);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const QCborArray moved = r.result.toMap().value(QStringLiteral("moved")).toArray();
        QVERIFY(!moved.isEmpty());
        // The duplicate is marked, its documents and deal are the partner's, with their history.
        QVERIFY(m_c->call(QStringLiteral("catalog.read"), params(QStringLiteral("partners"), {{QStringLiteral("id"), dup}}))
                    .result.toMap().value(QStringLiteral("deleted")).toBool());
        QCOMPARE(allPages(*m_c, m_partner, 5).size(), timelineBefore + dupTimeline);
        QVERIFY(allPages(*m_c, dup, 5).isEmpty());
        QCOMPARE(m_c->call(QStringLiteral("document.history"), params(QStringLiteral("deals"), {{QStringLiteral("id"), idOf(deal)}}))
                     .result.toMap().value(QStringLiteral("rows")).toArray().size(),
                 dealHistory);
        const QHash<qint64, QString> salesAfter = salesByPartner();
        QVERIFY(!salesAfter.contains(dup));
        QVERIFY(*erp::Decimal::parse(salesAfter.value(m_partner)) == revenueBefore);
        // Merging into a marked one, or the marked one again, is refused.
        r = merge(QStringLiteral("partners"), m_other, dup);
        QCOMPARE(r.error.field, QStringLiteral("into"));
        r = merge(QStringLiteral("partners"), dup, m_other);
        QCOMPARE(r.error.field, QStringLiteral("from"));

        // Now both counterparties are the partner's: one kept valid only from after the
        // duplicate's documents is refused; the one valid since January takes them.
        const qint64 late = counterparty(m_partner, QStringLiteral("Alfa Stavby nová"), QStringLiteral("2026-11-23"));
        r = merge(QStringLiteral("counterparties"), dupEntity, late);
        QCOMPARE(r.error.field, QStringLiteral("into"));
        r = merge(QStringLiteral("counterparties"), dupEntity, m_counterparty);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QVERIFY(settlements(m_counterparty) == *keptBefore.plus(dupBefore));
        QVERIFY(settlements(dupEntity) == erp::Decimal());
        // The invoice is paid against the kept counterparty: the moved totals hold.
        QVERIFY(basedOn(QStringLiteral("incoming_payments"), QStringLiteral("sales_invoices"), invoice,
                        QStringLiteral("2026-11-28T10:00:00Z")));
        QVERIFY(settlements(m_counterparty) == keptBefore);

        // Both merges are recorded.
        QCOMPARE(m_c->call(QStringLiteral("catalog.list"), params(QStringLiteral("partner_merges")))
                     .result.toMap().value(QStringLiteral("rows")).toArray().size(),
                 2);
        const QCborArray records =
            m_c->call(QStringLiteral("catalog.list"),
                      params(QStringLiteral("partner_merges"),
                             {{QStringLiteral("filters"), QCborArray{map({{QStringLiteral("field"), QStringLiteral("merged_kind")},
                                                                          {QStringLiteral("value"), QStringLiteral("partners")}})}}}))
                .result.toMap().value(QStringLiteral("rows")).toArray();
        QCOMPARE(records.size(), 1);
        const QCborMap first = m_c->call(QStringLiteral("catalog.read"),
                                         params(QStringLiteral("partner_merges"),
                                                {{QStringLiteral("id"), records.at(0).toMap().value(QStringLiteral("id"))}}))
                                   .result.toMap();
        QCOMPARE(first.value(QStringLiteral("from_id")).toInteger(), dup);
        QCOMPARE(first.value(QStringLiteral("into_id")).toInteger(), m_partner);
        QCOMPARE(first.value(QStringLiteral("from_name")).toString(), QStringLiteral("ALFA STAVBY, a.s."));
        QVERIFY(!first.value(QStringLiteral("sections")).toMap().value(QStringLiteral("moved")).toArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCrmClients)
#include "tst_crmclients.moc"
