#pragma once

// What the pure posting tests share: a FakeDataSource with an organization, currencies,
// products and the accounts the postings use, the registered areas, and builders of
// documents and expected register rows.
#include "areas.h"
#include "core/areas.h"
#include "core/posting.h"
#include "core/postinghelpers.h"
#include "decimal.h"
#include "core/basedon.h"
#include "fakedatasource.h"
#include "metadata/model.h"
#include "rpc/rpcerror.h"

#include <QCborArray>
#include <QTest>

#include <memory>
#include <optional>
#include <tuple>

using namespace Qt::StringLiterals;
using erp::Decimal;
using erp::core::Movement;
using erp::core::PostingContext;
using erp::core::RecalcContext;
using erp::core::posting::map;
using erp::protocol::ErrorCode;
using erp::rpc::RpcError;
using erp::test::FakeDataSource;

namespace erp::test::postings {

// The fixture's objects.
constexpr qint64 Org = 1;
constexpr qint64 Czk = 2, Eur = 3, Usd = 4;
constexpr qint64 Main = 11, Branch = 12;             // warehouses
constexpr qint64 Bolt = 21, Nut = 22, Delivery = 23; // Delivery is a service
constexpr qint64 Customer = 31, Supplier = 32, OtherCustomer = 33;
constexpr qint64 CustomerParty = 41, SupplierParty = 42; // counterparties
constexpr qint64 Retail = 51, Wholesale = 52;            // price types
constexpr qint64 PurchaseOrder = 61, Order = 71;
constexpr qint64 Invoice = 81, SecondInvoice = 82, SupplierInvoice = 85, SecondSupplierInvoice = 86;
constexpr qint64 Standard = 91, Reduced = 92, Zero = 93, Exempt = 94; // VAT rates
constexpr qint64 Manager = 95, Source = 96; // a user and an information source
constexpr qint64 ThisDocument = 900; // the document being posted

inline const QString Today = u"2026-03-10T10:00:00.000Z"_s;
// Beyond half of erp::Decimal's range at scale 4: two of them do not add up.
inline const QString Huge = u"900000000000000.0000"_s;

inline QDateTime moment(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs).toUTC();
}

inline qint64 account(const QString &code)
{
    return 7000 + code.toInt();
}

// A decimal without trailing zeros ("33.3333", "100", "-2"), anything else as it is.
inline QString plain(const QCborValue &v)
{
    if (v.isInteger())
        return QString::number(v.toInteger());
    if (v.isNull() || v.isUndefined())
        return u"null"_s;
    if (!v.isString())
        return v.toDiagnosticNotation();
    const auto d = Decimal::parse(v.toString());
    if (!d)
        return v.toString();
    QString s = d->toString();
    if (s.contains(u'.')) {
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(u'.'))
            s.chop(1);
    }
    return s;
}

// One register row as text: register, direction and every value with sorted names; references
// are bare numbers, decimals and enums quoted, so a reference written as text does not pass.
inline QString row(const QString &reg, int direction, const QCborMap &values)
{
    QStringList parts;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        parts.append(it.key().toString() + u'=' +
                     (it.value().isString() ? u'"' + plain(it.value()) + u'"' : plain(it.value())));
    parts.sort();
    return u"%1 %2 %3"_s.arg(reg, direction < 0 ? u"-1"_s : u"+1"_s, parts.join(u", "));
}

inline QString stock(int direction, qint64 warehouse, qint64 product, const QString &quantity, const QString &cost)
{
    return row(
        u"stock"_s, direction,
        map({{u"warehouse"_s, warehouse}, {u"product"_s, product}, {u"quantity"_s, quantity}, {u"cost"_s, cost}}));
}

// A sales register row of the fixture's customer (partner, counterparty, manager, source).
inline QString sale(const QCborValue &product, const QString &quantity, const QString &revenue, const QString &cost)
{
    return row(u"sales"_s, +1,
               map({{u"partner"_s, Customer},
                    {u"counterparty"_s, CustomerParty},
                    {u"manager"_s, Manager},
                    {u"information_source"_s, Source},
                    {u"marketing_event"_s, QCborValue(QCborValue::Null)},
                    {u"product"_s, product},
                    {u"quantity"_s, quantity},
                    {u"revenue"_s, revenue},
                    {u"cost"_s, cost}}));
}

// What the fixture's customer has of our goods, at cost.
inline QString delivered(int direction, qint64 product, const QString &quantity, const QString &cost)
{
    return row(u"customer_goods"_s, direction,
               map({{u"partner"_s, Customer}, {u"product"_s, product}, {u"quantity"_s, quantity}, {u"cost"_s, cost}}));
}

// What an invoice leaves to credit of a product.
inline QString toCredit(int direction, qint64 invoice, qint64 product, const QString &quantity, const QString &amount)
{
    return row(u"invoices_to_credit"_s, direction,
               map({{u"invoice"_s, invoice}, {u"product"_s, product}, {u"quantity"_s, quantity}, {u"amount"_s, amount}}));
}

// A reservation of an order line (in the Main warehouse).
inline QString reservation(int direction, qint64 product, const QString &quantity, qint64 order = ThisDocument,
                           qint64 orderLine = 1)
{
    return row(u"reservations"_s, direction,
               map({{u"warehouse"_s, Main},
                    {u"product"_s, product},
                    {u"sales_order"_s, order},
                    {u"order_line"_s, orderLine},
                    {u"quantity"_s, quantity}}));
}

inline QString toShip(int direction, qint64 order, qint64 product, const QString &quantity, qint64 orderLine = 1)
{
    return row(u"orders_to_ship"_s, direction,
               map({{u"sales_order"_s, order},
                    {u"order_line"_s, orderLine},
                    {u"product"_s, product},
                    {u"quantity"_s, quantity}}));
}

// What an order line has to invoice, of the order itself (shipment null) or of a shipment.
inline QString toInvoice(int direction, const QCborValue &order, const QCborValue &orderLine, const QCborValue &shipment,
                         const QCborValue &product,
                         const QString &quantity, const QString &amount)
{
    return row(u"orders_to_invoice"_s, direction,
               map({{u"sales_order"_s, order},
                    {u"order_line"_s, orderLine},
                    {u"shipment"_s, shipment},
                    {u"product"_s, product},
                    {u"quantity"_s, quantity},
                    {u"amount"_s, amount}}));
}

// The dimensions of an order line's progress in orders_to_ship, and of its reservation.
inline QCborMap shipDims(qint64 order, qint64 orderLine, qint64 product)
{
    return map({{u"sales_order"_s, order}, {u"order_line"_s, orderLine}, {u"product"_s, product}});
}

inline QCborMap reservedDims(qint64 order, qint64 orderLine, qint64 product)
{
    return map({{u"warehouse"_s, Main}, {u"product"_s, product}, {u"sales_order"_s, order}, {u"order_line"_s, orderLine}});
}

inline QString toReceive(int direction, qint64 order, qint64 product, const QString &quantity)
{
    return row(u"orders_to_receive"_s, direction,
               map({{u"purchase_order"_s, order}, {u"product"_s, product}, {u"quantity"_s, quantity}}));
}

inline QString settlement(int direction, qint64 invoice, const QString &amount)
{
    return row(u"settlements"_s, direction,
               map({{u"organization"_s, Org},
                    {u"counterparty"_s, CustomerParty},
                    {u"invoice"_s, invoice},
                    {u"amount"_s, amount}}));
}

inline QString payable(int direction, qint64 invoice, const QString &amount)
{
    return row(u"payables"_s, direction,
               map({{u"organization"_s, Org},
                    {u"counterparty"_s, SupplierParty},
                    {u"supplier_invoice"_s, invoice},
                    {u"amount"_s, amount}}));
}

inline QString cash(int direction, const QString &method, const QString &amount)
{
    return row(u"cash"_s, direction,
               map({{u"organization"_s, Org}, {u"payment_method"_s, method}, {u"amount"_s, amount}}));
}

// A general-ledger entry: debit and credit by account code.
inline QString entry(const QString &debit, const QString &credit, const QString &amount)
{
    return row(u"ledger"_s, +1,
               map({{u"organization"_s, Org},
                    {u"debit"_s, account(debit)},
                    {u"credit"_s, account(credit)},
                    {u"amount"_s, amount}}));
}

inline QCborMap dims(qint64 warehouse, qint64 product)
{
    return map({{u"warehouse"_s, warehouse}, {u"product"_s, product}});
}

// A document as the store reads it: header values, a date, the lines.
inline QCborMap document(QCborMap header, const QList<QCborMap> &lines)
{
    if (!header.contains(u"date"_s))
        header.insert(u"date"_s, Today);
    if (!header.contains(u"organization"_s))
        header.insert(u"organization"_s, Org);
    QCborArray section;
    for (const QCborMap &l : lines)
        section.append(l);
    header.insert(u"sections"_s, map({{u"lines"_s, section}}));
    return header;
}

inline QCborMap line(qint64 product, const QString &quantity, const QString &amount)
{
    return map({{u"product"_s, product}, {u"quantity"_s, quantity}, {u"amount"_s, amount}});
}

// A shipment's or invoice's line that names the order line it fulfils.
inline QCborMap line(qint64 product, const QString &quantity, const QString &amount, qint64 orderLine)
{
    QCborMap l = line(product, quantity, amount);
    l.insert(u"order_line"_s, orderLine);
    return l;
}

inline QCborMap salesHeader(const QCborValue &order = QCborValue(QCborValue::Null))
{
    return map({{u"warehouse"_s, Main},
                {u"partner"_s, Customer},
                {u"counterparty"_s, CustomerParty},
                {u"manager"_s, Manager},
                {u"information_source"_s, Source},
                {u"sales_order"_s, order}});
}

template <typename F> inline std::optional<RpcError> failureOf(F &&f)
{
    try {
        f();
    } catch (const RpcError &e) {
        return e;
    }
    return std::nullopt;
}

} // namespace erp::test::postings

using namespace erp::test::postings;

class PostingFixture
{
protected:
    std::optional<erp::meta::Model> m_model;
    erp::core::AreaRegistry m_areas;
    std::unique_ptr<FakeDataSource> m_data;

    PostingContext context(const QString &kind, const QCborMap &doc)
    {
        return PostingContext{*m_data, kind, ThisDocument, moment(doc.value(u"date"_s).toString()), doc, {}, {}, {}};
    }

    // What DocumentStore::writePosting does with a database: the kind's registered posting...
    void post(PostingContext &ctx)
    {
        const erp::core::PostingFunction posting = m_areas.posting(ctx.kind);
        QVERIFY2(posting, qPrintable(ctx.kind));
        posting(ctx);
    }
    // ...then the movements written, then the controls.
    void writeAndCheck(PostingContext &ctx)
    {
        m_data->write(ctx.movements);
        for (const auto &check : std::as_const(ctx.afterWrite))
            check();
    }

    // The sales order `Order` as postings of its shipments and invoices read it: its warehouse
    // (Main), its invoicing policy and its lines.
    void setOrder(const QList<QCborMap> &lines, const QString &invoicing = u"on_shipment"_s)
    {
        m_data->setObject(u"sales_orders"_s, Order, map({{u"warehouse"_s, Main}, {u"invoicing"_s, invoicing}}));
        m_data->setLines(u"sales_orders"_s, Order, u"lines"_s, lines);
    }

    void recalculate(RecalcContext &ctx)
    {
        const erp::core::RecalcFunction recalc = m_areas.recalculation(ctx.kind);
        QVERIFY2(recalc, qPrintable(ctx.kind));
        recalc(ctx);
    }

    // Why a movement does not fit its declared register, or nothing: every dimension and
    // resource present and nothing else, references as ids, decimals that fit their columns,
    // the recorder's date, +1 in turnover and information registers.
    QString shapeProblem(const Movement &m, const QDateTime &date) const
    {
        const erp::meta::Register *reg = m_model->findRegister(m.registerName);
        if (!reg)
            return u"no register %1 is declared"_s.arg(m.registerName);
        if (m.period != date)
            return u"%1: period %2 is not the document's date"_s.arg(m.registerName, m.period.toString(Qt::ISODate));
        if (m.direction != 1 && (m.direction != -1 || reg->type != erp::meta::RegisterType::Balance))
            return u"%1: direction %2"_s.arg(m.registerName).arg(m.direction);
        QStringList declared, given;
        for (const QList<erp::meta::Field> *fields : {&reg->dimensions, &reg->resources})
            for (const erp::meta::Field &f : *fields) {
                declared.append(f.name);
                const QCborValue v = m.values.value(f.name);
                bool ok = true;
                switch (f.type) {
                case erp::meta::FieldType::Ref:
                    ok = v.isInteger() || v.isNull(); // empty: a line without a product, a document without a manager
                    break;
                case erp::meta::FieldType::Enum:
                    ok = v.isString();
                    break;
                case erp::meta::FieldType::Decimal:
                case erp::meta::FieldType::Money: {
                    const auto d = v.isString() ? Decimal::parse(v.toString()) : std::nullopt;
                    ok = d && d->fits(f.precision, f.scale);
                    break;
                }
                default:
                    break;
                }
                if (!ok)
                    return u"%1: %2 = %3 does not fit"_s.arg(m.registerName, f.name, v.toDiagnosticNotation());
            }
        for (auto it = m.values.constBegin(); it != m.values.constEnd(); ++it)
            given.append(it.key().toString());
        declared.sort();
        given.sort();
        if (declared != given)
            return u"%1: values %2, declared %3"_s.arg(m.registerName, given.join(u','), declared.join(u','));
        return {};
    }

    // The rows a posting produced in one register, in the order it produced them.
    QStringList rows(const PostingContext &ctx, const QString &reg) const
    {
        QStringList out;
        for (const Movement &m : ctx.movements) {
            if (m.registerName != reg)
                continue;
            const QString problem = shapeProblem(m, ctx.date);
            out.append(problem.isEmpty() ? row(m.registerName, m.direction, m.values) : problem);
        }
        return out;
    }

    // The registers a posting wrote into, sorted.
    static QStringList registers(const PostingContext &ctx)
    {
        QStringList names;
        for (const Movement &m : ctx.movements)
            if (!names.contains(m.registerName))
                names.append(m.registerName);
        names.sort();
        return names;
    }

    void setStock(qint64 warehouse, qint64 product, const QString &quantity, const QString &cost)
    {
        m_data->add(u"stock"_s, dims(warehouse, product), {{u"quantity"_s, quantity}, {u"cost"_s, cost}});
    }

    void setRate(qint64 currency, const QString &from, const QString &rate)
    {
        m_data->addFact(u"exchange_rates"_s, moment(from), map({{u"currency"_s, currency}}), map({{u"rate"_s, rate}}));
    }

    // What a customer has of our goods so far, at the cost they left with.
    void setDelivered(qint64 partner, qint64 product, const QString &quantity, const QString &cost)
    {
        m_data->add(u"customer_goods"_s, map({{u"partner"_s, partner}, {u"product"_s, product}}),
                    {{u"quantity"_s, quantity}, {u"cost"_s, cost}});
    }

    QCborMap paymentLine(const QString &ref, qint64 invoice, const QString &amount)
    {
        return map({{ref, invoice}, {u"amount"_s, amount}});
    }

    QCborMap incomingPayment(const QList<QCborMap> &lines, const QString &method = u"bank"_s,
                             const QCborValue &currency = QCborValue(QCborValue::Null))
    {
        return document(map({{u"currency"_s, currency},
                             {u"partner"_s, Customer},
                             {u"counterparty"_s, CustomerParty},
                             {u"payment_method"_s, method}}),
                        lines);
    }

    QCborMap outgoingPayment(const QList<QCborMap> &lines, const QCborValue &currency = QCborValue(QCborValue::Null))
    {
        return document(map({{u"currency"_s, currency},
                             {u"supplier"_s, Supplier},
                             {u"counterparty"_s, SupplierParty},
                             {u"payment_method"_s, u"bank"_s}}),
                        lines);
    }

    QCborMap commercialHeader(qint64 partner, qint64 party, const QString &net, const QString &vat,
                              const QString &total, const QCborValue &currency = QCborValue(QCborValue::Null))
    {
        QCborMap header = map({{u"currency"_s, currency},
                               {u"warehouse"_s, Main},
                               {partner == Supplier ? u"supplier"_s : u"partner"_s, partner},
                               {u"counterparty"_s, party},
                               {u"total_net"_s, net},
                               {u"total_vat"_s, vat},
                               {u"total"_s, total}});
        if (partner != Supplier) {
            header.insert(u"manager"_s, Manager);
            header.insert(u"information_source"_s, Source);
        }
        return header;
    }

    // A sales order's lines for the recalculation: price and VAT to compute.
    static QCborMap orderLine(qint64 product, const QString &quantity, const QCborValue &price,
                              qint64 rate = Standard)
    {
        return map({{u"product"_s, product},
                    {u"quantity"_s, quantity},
                    {u"price"_s, price},
                    {u"amount"_s, QCborValue(QCborValue::Null)},
                    {u"vat_rate"_s, rate},
                    {u"vat_percent"_s, QCborValue(QCborValue::Null)},
                    {u"vat_amount"_s, QCborValue(QCborValue::Null)}});
    }

    static QCborMap orderForRecalculation(const QList<QCborMap> &lines)
    {
        return document(map({{u"price_type"_s, Retail},
                             {u"total_net"_s, QCborValue(QCborValue::Null)},
                             {u"total_vat"_s, QCborValue(QCborValue::Null)},
                             {u"total"_s, QCborValue(QCborValue::Null)}}),
                        lines);
    }

    static QCborMap lineOf(const QCborMap &doc, int number)
    {
        return erp::core::posting::section(doc, u"lines"_s).at(number - 1).toMap();
    }

    // Three lines of 0.50 at 21 % (0.105 each) and one of 0.50 at 12 %.
    static QCborMap halfCrownLines()
    {
        return orderForRecalculation({orderLine(Bolt, u"1.000"_s, u"0.5000"_s), orderLine(Nut, u"1.000"_s, u"0.5000"_s),
                                      orderLine(Bolt, u"1.000"_s, u"0.5000"_s),
                                      orderLine(Nut, u"1.000"_s, u"0.5000"_s, Reduced)});
    }

    // The model and every area's registrations, once per test program.
    void setUp()
    {
        QString error;
        m_model = erp::meta::Model::load(qEnvironmentVariable("ERP_SOURCE_DIR") + u"/resources/metadata"_s, &error);
        QVERIFY2(m_model, qPrintable(error));
        erp::registerAreas(m_areas);
    }

    // A fresh fake for every test function.
    void reset()
    {
        m_data = std::make_unique<FakeDataSource>(*m_model);
        m_data->setObject(u"organizations"_s, Org, map({{u"currency"_s, Czk}, {u"vat_rounding"_s, u"per_line"_s}}));
        for (const auto &[id, code] : {std::pair{Czk, u"CZK"_s}, std::pair{Eur, u"EUR"_s}, std::pair{Usd, u"USD"_s}})
            m_data->setObject(u"currencies"_s, id, map({{u"code"_s, code}}));
        for (const qint64 goods : {Bolt, Nut})
            m_data->setObject(u"products"_s, goods, map({{u"product_type"_s, u"goods"_s}, {u"vat_rate"_s, Standard}}));
        m_data->setObject(u"products"_s, Delivery, map({{u"product_type"_s, u"service"_s}, {u"vat_rate"_s, Standard}}));
        // The rates every new database is seeded with (trade/vatrateseed.cpp).
        for (const auto &[id, code, exempt] :
             {std::tuple{Standard, u"standard"_s, false}, std::tuple{Reduced, u"reduced"_s, false},
              std::tuple{Zero, u"zero"_s, false}, std::tuple{Exempt, u"exempt"_s, true}})
            m_data->setObject(u"vat_rates"_s, id, map({{u"code"_s, code}, {u"name"_s, code}, {u"exempt"_s, exempt}}));
        const auto percent = [](const QString &from, const QString &percentage) {
            return map({{u"valid_from"_s, from}, {u"percentage"_s, percentage}});
        };
        m_data->setLines(u"vat_rates"_s, Standard, u"percentages"_s, {percent(u"2013-01-01"_s, u"21.00"_s)});
        m_data->setLines(u"vat_rates"_s, Reduced, u"percentages"_s,
                         {percent(u"2013-01-01"_s, u"15.00"_s), percent(u"2024-01-01"_s, u"12.00"_s)});
        m_data->setLines(u"vat_rates"_s, Zero, u"percentages"_s, {percent(u"2013-01-01"_s, u"0.00"_s)});
        for (const QString &code :
             {u"132"_s, u"211"_s, u"221"_s, u"311"_s, u"321"_s, u"343"_s, u"504"_s, u"518"_s, u"549"_s, u"563"_s,
              u"604"_s, u"648"_s, u"663"_s})
            m_data->setObject(u"accounts"_s, account(code), map({{u"code"_s, code}}));
    }
};
