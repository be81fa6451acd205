#pragma once

#include "cbormap.h"
#include "connection.h"

#include <QCborArray>
#include <QCborMap>
#include <QTest>

// Small helpers for tests that drive catalogs through the real protocol.
namespace erp::test {

inline QCborMap params(const QString &kind, std::initializer_list<std::pair<QString, QCborValue>> items = {})
{
    QCborMap m = map(items);
    m.insert(QStringLiteral("kind"), kind);
    return m;
}

// Calls and expects success; returns the result.
#define ERP_CALL_OK(connection, method, p)                                                                             \
    [&]() {                                                                                                            \
        const erp::client::Reply r_ = (connection).call(QStringLiteral(method), p);                                    \
        if (!r_.ok)                                                                                                    \
            qWarning().noquote() << method << "failed:" << r_.error.message << r_.error.field;                         \
        return r_;                                                                                                     \
    }()

// catalog.create; the new id, or 0 (with a warning naming the error) when it failed.
inline qint64 createCatalog(erp::client::Connection &c, const QString &kind, const QCborMap &values)
{
    QCborMap p = params(kind);
    p.insert(QStringLiteral("values"), values);
    const erp::client::Reply r = c.call(QStringLiteral("catalog.create"), p);
    if (!r.ok)
        qWarning().noquote() << kind << r.error.message << r.error.field;
    return r.result.toMap().value(QStringLiteral("id")).toInteger();
}

// A deal type whose process is `stages` in order (each 10 % more likely, any of them may be
// skipped), for tests that need deals but not their process; 0 with a warning.
inline qint64 dealType(erp::client::Connection &c, const QString &name = QStringLiteral("Jednoduchý obchod"),
                       const QStringList &stages = {QStringLiteral("lead")})
{
    QCborArray lines;
    for (qsizetype i = 0; i < stages.size(); ++i)
        lines.append(QCborMap{{QStringLiteral("stage"), stages.at(i)},
                              {QStringLiteral("probability"), QString::number(10 * (i + 1))},
                              {QStringLiteral("may_skip"), true}});
    QCborMap p = params(QStringLiteral("deal_types"));
    p.insert(QStringLiteral("values"), QCborMap{{QStringLiteral("name"), name}});
    p.insert(QStringLiteral("sections"), QCborMap{{QStringLiteral("stages"), lines}});
    const erp::client::Reply r = c.call(QStringLiteral("catalog.create"), p);
    if (!r.ok)
        qWarning().noquote() << "deal_types" << r.error.message << r.error.field;
    return r.result.toMap().value(QStringLiteral("id")).toInteger();
}

// The deal type every database is seeded with (code "standard": lead, qualification, proposal,
// negotiation; no stage skipped), for tests that need a deal but no process of their own; 0
// with a warning.
inline qint64 standardDealType(erp::client::Connection &c)
{
    QCborMap p = params(QStringLiteral("deal_types"));
    p.insert(QStringLiteral("filters"), QCborArray{map({{QStringLiteral("field"), QStringLiteral("code")},
                                                         {QStringLiteral("value"), QStringLiteral("standard")}})});
    const erp::client::Reply r = c.call(QStringLiteral("catalog.list"), p);
    const QCborArray rows = r.result.toMap().value(QStringLiteral("rows")).toArray();
    if (!r.ok || rows.size() != 1)
        qWarning().noquote() << "no seeded deal type" << r.error.message;
    return rows.isEmpty() ? 0 : rows.at(0).toMap().value(QStringLiteral("id")).toInteger();
}

// The id of a VAT rate by its code ("standard", "reduced", "zero", "exempt": the rates every
// new database is seeded with), or 0 with a warning.
inline qint64 vatRate(erp::client::Connection &c, const QString &code)
{
    QCborMap p = params(QStringLiteral("vat_rates"));
    p.insert(QStringLiteral("filters"),
             QCborArray{map({{QStringLiteral("field"), QStringLiteral("code")}, {QStringLiteral("value"), code}})});
    const erp::client::Reply r = c.call(QStringLiteral("catalog.list"), p);
    const QCborArray rows = r.result.toMap().value(QStringLiteral("rows")).toArray();
    if (!r.ok || rows.size() != 1)
        qWarning().noquote() << "no VAT rate" << code << r.error.message;
    return rows.isEmpty() ? 0 : rows.at(0).toMap().value(QStringLiteral("id")).toInteger();
}

// document.create of a document with one "lines" section.
inline erp::client::Reply createDocument(erp::client::Connection &c, const QString &kind, const QCborMap &values,
                                         const QCborArray &lines, bool post)
{
    QCborMap p = params(kind);
    p.insert(QStringLiteral("values"), values);
    p.insert(QStringLiteral("sections"), map({{QStringLiteral("lines"), lines}}));
    p.insert(QStringLiteral("post"), post);
    return c.call(QStringLiteral("document.create"), p);
}

// An organization with a warehouse holding `quantity` of one product, received on 20 Nov 2026.
struct StockedWarehouse
{
    qint64 organization = 0, warehouse = 0, product = 0;
};

inline StockedWarehouse stockedWarehouse(erp::client::Connection &c, const QString &quantity)
{
    StockedWarehouse w;
    w.organization = createCatalog(c, QStringLiteral("organizations"),
                                   map({{QStringLiteral("name"), QStringLiteral("Alfa Obchod")}}));
    w.warehouse = createCatalog(
        c, QStringLiteral("warehouses"),
        map({{QStringLiteral("name"), QStringLiteral("Sklad")}, {QStringLiteral("organization"), w.organization}}));
    const qint64 unit = createCatalog(
        c, QStringLiteral("units"),
        map({{QStringLiteral("code"), QStringLiteral("ks")}, {QStringLiteral("name"), QStringLiteral("kus")}}));
    w.product =
        createCatalog(c, QStringLiteral("products"),
                      map({{QStringLiteral("name"), QStringLiteral("Vrtačka")}, {QStringLiteral("unit"), unit}}));
    const erp::client::Reply r = createDocument(c, QStringLiteral("goods_receipts"),
                                                map({{QStringLiteral("organization"), w.organization},
                                                     {QStringLiteral("warehouse"), w.warehouse},
                                                     {QStringLiteral("date"), QStringLiteral("2026-11-20T08:00:00Z")}}),
                                                {map({{QStringLiteral("product"), w.product},
                                                      {QStringLiteral("quantity"), quantity},
                                                      {QStringLiteral("price"), QStringLiteral("50")}})},
                                                true);
    if (!r.ok)
        qWarning().noquote() << "goods receipt:" << r.error.message;
    return r.ok ? w : StockedWarehouse{};
}

// The company the sales scenario tests trade in: organization "Alfa Obchod" with the warehouse
// "Sklad Brno" holding 10 drills "Vrtačka Narex" (received at 1000 on 2 Nov 2026), the service
// "Montáž", and the client "Žlutý kůň" (with `partnerValues`, such as its source) trading as
// "Žlutý kůň s.r.o.". All ids are 0 (with a warning) when a step failed.
struct SalesFixture
{
    qint64 organization = 0, warehouse = 0, drill = 0, fitting = 0, partner = 0, counterparty = 0;
};

inline SalesFixture salesFixture(erp::client::Connection &c, const QCborMap &partnerValues = {})
{
    SalesFixture f;
    f.organization = createCatalog(c, QStringLiteral("organizations"), map({{QStringLiteral("name"), QStringLiteral("Alfa Obchod")}}));
    f.warehouse = createCatalog(c, QStringLiteral("warehouses"), map({{QStringLiteral("name"), QStringLiteral("Sklad Brno")},
                                                                       {QStringLiteral("organization"), f.organization}}));
    const qint64 unit = createCatalog(c, QStringLiteral("units"), map({{QStringLiteral("code"), QStringLiteral("ks")},
                                                                        {QStringLiteral("name"), QStringLiteral("kus")}}));
    f.drill = createCatalog(c, QStringLiteral("products"), map({{QStringLiteral("name"), QStringLiteral("Vrtačka Narex")},
                                                                 {QStringLiteral("unit"), unit}}));
    f.fitting = createCatalog(c, QStringLiteral("products"), map({{QStringLiteral("name"), QStringLiteral("Montáž")},
                                                                   {QStringLiteral("unit"), unit},
                                                                   {QStringLiteral("product_type"), QStringLiteral("service")}}));
    QCborMap partner = partnerValues;
    partner.insert(QStringLiteral("name"), QStringLiteral("Žlutý kůň"));
    f.partner = createCatalog(c, QStringLiteral("partners"), partner);
    f.counterparty = createCatalog(c, QStringLiteral("counterparties"),
                                   map({{QStringLiteral("name"), QStringLiteral("Žlutý kůň s.r.o.")},
                                        {QStringLiteral("partner"), f.partner}}));
    if (!f.organization || !f.warehouse || !f.drill || !f.fitting || !f.partner || !f.counterparty)
        return SalesFixture{};
    const erp::client::Reply r = createDocument(c, QStringLiteral("goods_receipts"),
                                                map({{QStringLiteral("organization"), f.organization},
                                                     {QStringLiteral("warehouse"), f.warehouse},
                                                     {QStringLiteral("date"), QStringLiteral("2026-11-02T08:00:00Z")}}),
                                                {map({{QStringLiteral("product"), f.drill},
                                                      {QStringLiteral("quantity"), QStringLiteral("10")},
                                                      {QStringLiteral("price"), QStringLiteral("1000")}})},
                                                true);
    if (!r.ok) {
        qWarning().noquote() << "goods receipt:" << r.error.message;
        return SalesFixture{};
    }
    return f;
}

// A posted invoice of one service (the fixture's fitting) at `price` on `date`: a sale with no
// stock behind it, for reports over sales.
inline erp::client::Reply invoiceService(erp::client::Connection &c, const SalesFixture &f, const QString &date,
                                         const QString &price)
{
    return createDocument(c, QStringLiteral("sales_invoices"),
                          map({{QStringLiteral("organization"), f.organization}, {QStringLiteral("partner"), f.partner},
                               {QStringLiteral("counterparty"), f.counterparty}, {QStringLiteral("date"), date}}),
                          {map({{QStringLiteral("product"), f.fitting}, {QStringLiteral("quantity"), QStringLiteral("1")},
                                {QStringLiteral("price"), price}})},
                          true);
}

} // namespace erp::test
