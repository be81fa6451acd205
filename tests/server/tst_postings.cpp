// Postings and the recalculation as pure functions: a document in, register rows out, read
// through a FakeDataSource. No server, no database.
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

using namespace Qt::StringLiterals;
using erp::Decimal;
using erp::core::Movement;
using erp::core::PostingContext;
using erp::core::RecalcContext;
using erp::core::posting::map;
using erp::protocol::ErrorCode;
using erp::rpc::RpcError;
using erp::test::FakeDataSource;

namespace {

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
constexpr qint64 ThisDocument = 900; // the document being posted

const QString Today = u"2026-03-10T10:00:00.000Z"_s;
// Beyond half of erp::Decimal's range at scale 4: two of them do not add up.
const QString Huge = u"900000000000000.0000"_s;

QDateTime moment(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs).toUTC();
}

qint64 account(const QString &code)
{
    return 7000 + code.toInt();
}

// A decimal without trailing zeros ("33.3333", "100", "-2"), anything else as it is.
QString plain(const QCborValue &v)
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
QString row(const QString &reg, int direction, const QCborMap &values)
{
    QStringList parts;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        parts.append(it.key().toString() + u'=' +
                     (it.value().isString() ? u'"' + plain(it.value()) + u'"' : plain(it.value())));
    parts.sort();
    return u"%1 %2 %3"_s.arg(reg, direction < 0 ? u"-1"_s : u"+1"_s, parts.join(u", "));
}

QString stock(int direction, qint64 warehouse, qint64 product, const QString &quantity, const QString &cost)
{
    return row(
        u"stock"_s, direction,
        map({{u"warehouse"_s, warehouse}, {u"product"_s, product}, {u"quantity"_s, quantity}, {u"cost"_s, cost}}));
}

QString sale(qint64 product, const QString &quantity, const QString &revenue, const QString &cost)
{
    return row(u"sales"_s, +1,
               map({{u"partner"_s, Customer},
                    {u"product"_s, product},
                    {u"quantity"_s, quantity},
                    {u"revenue"_s, revenue},
                    {u"cost"_s, cost}}));
}

QString reservation(int direction, qint64 product, const QString &quantity)
{
    return row(u"reservations"_s, direction,
               map({{u"warehouse"_s, Main}, {u"product"_s, product}, {u"quantity"_s, quantity}}));
}

QString toShip(int direction, qint64 order, qint64 product, const QString &quantity)
{
    return row(u"orders_to_ship"_s, direction,
               map({{u"sales_order"_s, order}, {u"product"_s, product}, {u"quantity"_s, quantity}}));
}

QString toReceive(int direction, qint64 order, qint64 product, const QString &quantity)
{
    return row(u"orders_to_receive"_s, direction,
               map({{u"purchase_order"_s, order}, {u"product"_s, product}, {u"quantity"_s, quantity}}));
}

QString settlement(int direction, qint64 invoice, const QString &amount)
{
    return row(u"settlements"_s, direction,
               map({{u"organization"_s, Org},
                    {u"counterparty"_s, CustomerParty},
                    {u"invoice"_s, invoice},
                    {u"amount"_s, amount}}));
}

QString payable(int direction, qint64 invoice, const QString &amount)
{
    return row(u"payables"_s, direction,
               map({{u"organization"_s, Org},
                    {u"counterparty"_s, SupplierParty},
                    {u"supplier_invoice"_s, invoice},
                    {u"amount"_s, amount}}));
}

QString cash(int direction, const QString &method, const QString &amount)
{
    return row(u"cash"_s, direction,
               map({{u"organization"_s, Org}, {u"payment_method"_s, method}, {u"amount"_s, amount}}));
}

// A general-ledger entry: debit and credit by account code.
QString entry(const QString &debit, const QString &credit, const QString &amount)
{
    return row(u"ledger"_s, +1,
               map({{u"organization"_s, Org},
                    {u"debit"_s, account(debit)},
                    {u"credit"_s, account(credit)},
                    {u"amount"_s, amount}}));
}

QCborMap dims(qint64 warehouse, qint64 product)
{
    return map({{u"warehouse"_s, warehouse}, {u"product"_s, product}});
}

// A document as the store reads it: header values, a date, the lines.
QCborMap document(QCborMap header, const QList<QCborMap> &lines)
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

QCborMap line(qint64 product, const QString &quantity, const QString &amount)
{
    return map({{u"product"_s, product}, {u"quantity"_s, quantity}, {u"amount"_s, amount}});
}

QCborMap salesHeader(const QCborValue &order = QCborValue(QCborValue::Null))
{
    return map({{u"warehouse"_s, Main},
                {u"partner"_s, Customer},
                {u"counterparty"_s, CustomerParty},
                {u"sales_order"_s, order}});
}

template <typename F> std::optional<RpcError> failureOf(F &&f)
{
    try {
        f();
    } catch (const RpcError &e) {
        return e;
    }
    return std::nullopt;
}

} // namespace

class TestPostings : public QObject
{
    Q_OBJECT

private:
    std::optional<erp::meta::Model> m_model;
    erp::core::AreaRegistry m_areas;
    std::unique_ptr<FakeDataSource> m_data;

    PostingContext context(const QString &kind, const QCborMap &doc)
    {
        return PostingContext{*m_data, kind, ThisDocument, moment(doc.value(u"date"_s).toString()), doc, {}, {}};
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
                    ok = v.isInteger();
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

    // What the customer bought so far (the sales turnover).
    void setSold(qint64 partner, qint64 product, const QString &quantity, const QString &revenue, const QString &cost)
    {
        m_data->add(u"sales"_s, map({{u"partner"_s, partner}, {u"product"_s, product}}),
                    {{u"quantity"_s, quantity}, {u"revenue"_s, revenue}, {u"cost"_s, cost}});
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
        return map({{u"currency"_s, currency},
                    {u"warehouse"_s, Main},
                    {partner == Supplier ? u"supplier"_s : u"partner"_s, partner},
                    {u"counterparty"_s, party},
                    {u"total_net"_s, net},
                    {u"total_vat"_s, vat},
                    {u"total"_s, total}});
    }

    // A sales order's lines for the recalculation: price and VAT to compute.
    static QCborMap orderLine(qint64 product, const QString &quantity, const QCborValue &price,
                              const QString &rate = u"standard"_s)
    {
        return map({{u"product"_s, product},
                    {u"quantity"_s, quantity},
                    {u"price"_s, price},
                    {u"amount"_s, QCborValue(QCborValue::Null)},
                    {u"vat_rate"_s, rate},
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
                                      orderLine(Nut, u"1.000"_s, u"0.5000"_s, u"reduced"_s)});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_model = erp::meta::Model::load(qEnvironmentVariable("ERP_SOURCE_DIR") + u"/resources/metadata"_s, &error);
        QVERIFY2(m_model, qPrintable(error));
        erp::registerAreas(m_areas);
    }

    void init()
    {
        m_data = std::make_unique<FakeDataSource>(*m_model);
        m_data->setObject(u"organizations"_s, Org, map({{u"currency"_s, Czk}, {u"vat_rounding"_s, u"per_line"_s}}));
        for (const auto &[id, code] : {std::pair{Czk, u"CZK"_s}, std::pair{Eur, u"EUR"_s}, std::pair{Usd, u"USD"_s}})
            m_data->setObject(u"currencies"_s, id, map({{u"code"_s, code}}));
        for (const qint64 goods : {Bolt, Nut})
            m_data->setObject(u"products"_s, goods, map({{u"product_type"_s, u"goods"_s}}));
        m_data->setObject(u"products"_s, Delivery, map({{u"product_type"_s, u"service"_s}}));
        for (const QString &code :
             {u"132"_s, u"211"_s, u"221"_s, u"311"_s, u"321"_s, u"343"_s, u"504"_s, u"563"_s, u"604"_s, u"663"_s})
            m_data->setObject(u"accounts"_s, account(code), map({{u"code"_s, code}}));
    }

    void everyDocumentKindHasItsPosting()
    {
        QString error;
        QVERIFY2(m_areas.check(*m_model, &error), qPrintable(error));
        QStringList documents;
        for (const erp::meta::ObjectKind &k : m_model->kinds())
            if (k.isDocument())
                documents.append(k.name);
        QCOMPARE(documents.size(), 14);
        for (const QString &kind : std::as_const(documents))
            QVERIFY2(m_areas.posting(kind), qPrintable(kind));
        for (const QString &kind : {u"goods_receipts"_s, u"shipments"_s, u"sales_orders"_s, u"sales_invoices"_s,
                                    u"incoming_payments"_s, u"customer_returns"_s, u"purchase_orders"_s,
                                    u"supplier_invoices"_s, u"outgoing_payments"_s, u"supplier_returns"_s})
            QVERIFY2(m_areas.recalculation(kind), qPrintable(kind));
    }

    // --- goods receipts -------------------------------------------------------------------

    void goodsReceiptTakesStockInAtThePurchaseAmount()
    {
        PostingContext ctx =
            context(u"goods_receipts"_s,
                    document(map({{u"warehouse"_s, Main}, {u"purchase_order"_s, QCborValue()}}),
                             {line(Bolt, u"10.000"_s, u"125.0000"_s), line(Nut, u"4.000"_s, u"80.0000"_s)}));
        post(ctx);
        QCOMPARE(registers(ctx), (QStringList{u"ledger"_s, u"stock"_s}));
        QCOMPARE(rows(ctx, u"stock"_s),
                 (QStringList{stock(+1, Main, Bolt, "10", "125"), stock(+1, Main, Nut, "4", "80")}));
        QCOMPARE(rows(ctx, u"ledger"_s), QStringList{entry("132", "321", "205")});
    }

    void goodsReceiptClosesWhatArrivedOnItsPurchaseOrder()
    {
        m_data->add(u"orders_to_receive"_s, map({{u"purchase_order"_s, PurchaseOrder}, {u"product"_s, Bolt}}),
                    {{u"quantity"_s, u"10.000"_s}});
        m_data->add(u"orders_to_receive"_s, map({{u"purchase_order"_s, PurchaseOrder}, {u"product"_s, Nut}}),
                    {{u"quantity"_s, u"4.000"_s}});
        PostingContext ctx = context(
            u"goods_receipts"_s, document(map({{u"warehouse"_s, Main}, {u"purchase_order"_s, PurchaseOrder}}),
                                          {line(Nut, u"4.000"_s, u"80.0000"_s), line(Bolt, u"4.000"_s, u"50.0000"_s),
                                           line(Bolt, u"2.000"_s, u"25.0000"_s)}));
        post(ctx);
        QCOMPARE(rows(ctx, u"orders_to_receive"_s),
                 (QStringList{toReceive(-1, PurchaseOrder, Bolt, "6"), toReceive(-1, PurchaseOrder, Nut, "4")}));
        QCOMPARE(rows(ctx, u"stock"_s), (QStringList{stock(+1, Main, Nut, "4", "80"), stock(+1, Main, Bolt, "4", "50"),
                                                     stock(+1, Main, Bolt, "2", "25")}));
        QCOMPARE(rows(ctx, u"ledger"_s), QStringList{entry("132", "321", "155")});
    }

    void goodsReceiptNeverClosesMoreThanIsOpen()
    {
        m_data->add(u"orders_to_receive"_s, map({{u"purchase_order"_s, PurchaseOrder}, {u"product"_s, Bolt}}),
                    {{u"quantity"_s, u"2.000"_s}});
        PostingContext ctx = context(
            u"goods_receipts"_s, document(map({{u"warehouse"_s, Main}, {u"purchase_order"_s, PurchaseOrder}}),
                                          {line(Bolt, u"6.000"_s, u"60.0000"_s), line(Nut, u"4.000"_s, u"80.0000"_s)}));
        post(ctx);
        // Nut is not on the order: nothing to close.
        QCOMPARE(rows(ctx, u"orders_to_receive"_s), QStringList{toReceive(-1, PurchaseOrder, Bolt, "2")});
        QCOMPARE(rows(ctx, u"stock"_s),
                 (QStringList{stock(+1, Main, Bolt, "6", "60"), stock(+1, Main, Nut, "4", "80")}));
    }

    // --- shipments ------------------------------------------------------------------------

    void shipmentTakesGoodsOutAtMovingAverageCost()
    {
        setStock(Main, Bolt, u"3.000"_s, u"100.0000"_s);
        PostingContext ctx = context(u"shipments"_s, document(salesHeader(), {line(Bolt, u"1.000"_s, u"50.0000"_s)}));
        post(ctx);
        QCOMPARE(registers(ctx), (QStringList{u"ledger"_s, u"sales"_s, u"stock"_s}));
        QCOMPARE(rows(ctx, u"stock"_s), QStringList{stock(-1, Main, Bolt, "1", "33.3333")});
        QCOMPARE(rows(ctx, u"sales"_s), QStringList{sale(Bolt, "1", "50", "33.3333")});
        QCOMPARE(rows(ctx, u"ledger"_s), QStringList{entry("504", "132", "33.3333")});
    }

    void shipmentOfAllStockTakesItsWholeValue()
    {
        setStock(Main, Bolt, u"3.000"_s, u"100.0000"_s);
        // Split over two lines; the posting sums them per product. No cent stays behind.
        PostingContext ctx = context(u"shipments"_s, document(salesHeader(), {line(Bolt, u"1.000"_s, u"50.0000"_s),
                                                                              line(Bolt, u"2.000"_s, u"100.0000"_s)}));
        post(ctx);
        QCOMPARE(rows(ctx, u"stock"_s), QStringList{stock(-1, Main, Bolt, "3", "100")});
        QCOMPARE(rows(ctx, u"sales"_s), QStringList{sale(Bolt, "3", "150", "100")});
        QCOMPARE(rows(ctx, u"ledger"_s), QStringList{entry("504", "132", "100")});
    }

    void shipmentReleasesWhatItShipsOfItsOrder()
    {
        setStock(Main, Bolt, u"3.000"_s, u"100.0000"_s);
        m_data->add(u"orders_to_ship"_s, map({{u"sales_order"_s, Order}, {u"product"_s, Bolt}}),
                    {{u"quantity"_s, u"3.000"_s}});
        m_data->add(u"reservations"_s, dims(Main, Bolt), {{u"quantity"_s, u"3.000"_s}});
        PostingContext ctx =
            context(u"shipments"_s, document(salesHeader(Order), {line(Bolt, u"2.000"_s, u"100.0000"_s)}));
        post(ctx);
        QCOMPARE(registers(ctx),
                 (QStringList{u"ledger"_s, u"orders_to_ship"_s, u"reservations"_s, u"sales"_s, u"stock"_s}));
        QCOMPARE(rows(ctx, u"stock"_s), QStringList{stock(-1, Main, Bolt, "2", "66.6667")});
        QCOMPARE(rows(ctx, u"orders_to_ship"_s), QStringList{toShip(-1, Order, Bolt, "2")});
        QCOMPARE(rows(ctx, u"reservations"_s), QStringList{reservation(-1, Bolt, "2")});
        QCOMPARE(rows(ctx, u"ledger"_s), QStringList{entry("504", "132", "66.6667")});
    }

    void shipmentNeverReleasesMoreThanIsOpen()
    {
        setStock(Main, Bolt, u"3.000"_s, u"100.0000"_s);
        setStock(Main, Nut, u"10.000"_s, u"150.0000"_s);
        m_data->add(u"orders_to_ship"_s, map({{u"sales_order"_s, Order}, {u"product"_s, Bolt}}),
                    {{u"quantity"_s, u"1.000"_s}});
        m_data->add(u"reservations"_s, dims(Main, Bolt), {{u"quantity"_s, u"1.000"_s}});
        // Two bolts where the order has one open, and a nut it never had.
        PostingContext ctx = context(
            u"shipments"_s,
            document(salesHeader(Order), {line(Bolt, u"2.000"_s, u"100.0000"_s), line(Nut, u"1.000"_s, u"20.0000"_s)}));
        post(ctx);
        QCOMPARE(rows(ctx, u"orders_to_ship"_s), QStringList{toShip(-1, Order, Bolt, "1")});
        QCOMPARE(rows(ctx, u"reservations"_s), QStringList{reservation(-1, Bolt, "1")});
        QCOMPARE(rows(ctx, u"stock"_s),
                 (QStringList{stock(-1, Main, Bolt, "2", "66.6667"), stock(-1, Main, Nut, "1", "15")}));
    }

    // A return and a sale of the same product in one order are two lines, never netted: the
    // order reserves and opens the 5 sold, and its shipment ships 5 and takes 2 back.
    void mixedOrderNeverNetsAReturnAgainstASale()
    {
        setStock(Main, Bolt, u"10.000"_s, u"100.0000"_s);
        setSold(Customer, Bolt, u"4.000"_s, u"100.0000"_s, u"40.0000"_s); // 10 a bolt for this customer
        PostingContext order = context(
            u"sales_orders"_s,
            document(salesHeader(), {line(Bolt, u"5.000"_s, u"50.0000"_s), line(Bolt, u"-2.000"_s, u"-20.0000"_s)}));
        post(order);
        QCOMPARE(rows(order, u"reservations"_s), QStringList{reservation(+1, Bolt, "5")});
        QCOMPARE(rows(order, u"orders_to_ship"_s), QStringList{toShip(+1, ThisDocument, Bolt, "5")});
        m_data->add(u"orders_to_ship"_s, map({{u"sales_order"_s, Order}, {u"product"_s, Bolt}}),
                    {{u"quantity"_s, u"5.000"_s}});
        m_data->add(u"reservations"_s, dims(Main, Bolt), {{u"quantity"_s, u"5.000"_s}});
        PostingContext shipment =
            context(u"shipments"_s, document(salesHeader(Order), {line(Bolt, u"5.000"_s, u"50.0000"_s),
                                                                  line(Bolt, u"-2.000"_s, u"-20.0000"_s)}));
        post(shipment);
        QCOMPARE(rows(shipment, u"stock"_s),
                 (QStringList{stock(+1, Main, Bolt, "2", "20"), stock(-1, Main, Bolt, "5", "50")}));
        QCOMPARE(rows(shipment, u"orders_to_ship"_s), QStringList{toShip(-1, Order, Bolt, "5")});
        QCOMPARE(rows(shipment, u"reservations"_s), QStringList{reservation(-1, Bolt, "5")});
    }

    // "Based on" shares what is open among the lines of one product: 4 open of 5 + 3 ordered
    // proposes 4, once; the return line is proposed as it is.
    void shipmentProposalNeverExceedsWhatIsOpen()
    {
        m_data->add(u"orders_to_ship"_s, map({{u"sales_order"_s, Order}, {u"product"_s, Bolt}}),
                    {{u"quantity"_s, u"4.000"_s}});
        const erp::core::BasedOnRule *rule = m_areas.basedOn(u"sales_orders"_s, u"shipments"_s);
        QVERIFY(rule);
        const QCborMap order =
            document(salesHeader(), {line(Bolt, u"5.000"_s, u"50.0000"_s), line(Bolt, u"3.000"_s, u"30.0000"_s),
                                     line(Bolt, u"-2.000"_s, u"-20.0000"_s)});
        const QCborMap proposal =
            erp::core::proposeBasedOn(*rule, *m_data, order, Order, {u"warehouse"_s, u"sales_order"_s},
                                      {u"product"_s, u"quantity"_s, u"price"_s});
        QStringList quantities;
        for (const QCborValue &l : proposal.value(u"sections"_s).toMap().value(u"lines"_s).toArray())
            quantities.append(l.toMap().value(u"quantity"_s).toString());
        QCOMPARE(quantities, (QStringList{u"4.000"_s, u"-2.000"_s}));
        QCOMPARE(proposal.value(u"values"_s).toMap().value(u"sales_order"_s).toInteger(), Order);
    }

    void shipmentTakesNegativeLineBackAtTheCustomersAverageSaleCost()
    {
        setStock(Main, Bolt, u"3.000"_s, u"100.0000"_s);
        setSold(Customer, Nut, u"4.000"_s, u"100.0000"_s, u"50.0000"_s);     // 12.50 a nut
        setSold(OtherCustomer, Nut, u"1.000"_s, u"30.0000"_s, u"99.0000"_s); // not this customer's
        m_data->add(u"orders_to_ship"_s, map({{u"sales_order"_s, Order}, {u"product"_s, Bolt}}),
                    {{u"quantity"_s, u"1.000"_s}});
        m_data->add(u"reservations"_s, dims(Main, Bolt), {{u"quantity"_s, u"1.000"_s}});
        PostingContext ctx =
            context(u"shipments"_s, document(salesHeader(Order), {line(Nut, u"-2.000"_s, u"-40.0000"_s),
                                                                  line(Bolt, u"1.000"_s, u"50.0000"_s)}));
        post(ctx);
        QCOMPARE(rows(ctx, u"stock"_s),
                 (QStringList{stock(-1, Main, Bolt, "1", "33.3333"), stock(+1, Main, Nut, "2", "25")}));
        QCOMPARE(rows(ctx, u"sales"_s), (QStringList{sale(Bolt, "1", "50", "33.3333"), sale(Nut, "-2", "-40", "-25")}));
        // The return releases nothing of the order and is not locked.
        QCOMPARE(rows(ctx, u"orders_to_ship"_s), QStringList{toShip(-1, Order, Bolt, "1")});
        QCOMPARE(rows(ctx, u"reservations"_s), QStringList{reservation(-1, Bolt, "1")});
        QCOMPARE(m_data->locks().size(), 1);
        QCOMPARE(m_data->locks().first().dimensions, dims(Main, Bolt));
        // Goods sold: 33.3333 out, 25 back.
        QCOMPARE(rows(ctx, u"ledger"_s), QStringList{entry("504", "132", "8.3333")});
    }

    void shipmentReturnNeverSoldToTheCustomerComesBackAtNoCost()
    {
        setSold(OtherCustomer, Nut, u"1.000"_s, u"30.0000"_s, u"15.0000"_s);
        PostingContext ctx = context(u"shipments"_s, document(salesHeader(), {line(Nut, u"-1.000"_s, u"-20.0000"_s)}));
        post(ctx);
        QCOMPARE(registers(ctx), (QStringList{u"sales"_s, u"stock"_s}));
        QCOMPARE(rows(ctx, u"stock"_s), QStringList{stock(+1, Main, Nut, "1", "0")});
        QCOMPARE(rows(ctx, u"sales"_s), QStringList{sale(Nut, "-1", "-20", "0")});
    }

    void shipmentSellsServiceWithoutStock()
    {
        m_data->add(u"orders_to_ship"_s, map({{u"sales_order"_s, Order}, {u"product"_s, Delivery}}),
                    {{u"quantity"_s, u"1.000"_s}});
        PostingContext ctx =
            context(u"shipments"_s, document(salesHeader(Order), {line(Delivery, u"1.000"_s, u"30.0000"_s)}));
        post(ctx);
        QCOMPARE(registers(ctx), QStringList{u"sales"_s});
        QCOMPARE(rows(ctx, u"sales"_s), QStringList{sale(Delivery, "1", "30", "0")});
        QVERIFY(m_data->locks().isEmpty());
        writeAndCheck(ctx);
    }

    void shipmentLocksReservationsBeforeWriting()
    {
        setStock(Main, Bolt, u"3.000"_s, u"100.0000"_s);
        setStock(Main, Nut, u"10.000"_s, u"150.0000"_s);
        PostingContext ctx = context(u"shipments"_s, document(salesHeader(), {line(Nut, u"1.000"_s, u"15.0000"_s),
                                                                              line(Delivery, u"1.000"_s, u"30.0000"_s),
                                                                              line(Bolt, u"1.000"_s, u"50.0000"_s)}));
        post(ctx);
        // Goods going out only, in product order, at the shipment's date.
        QCOMPARE(m_data->locks().size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(m_data->locks().at(i).reg, u"reservations"_s);
            QCOMPARE(m_data->locks().at(i).dimensions, dims(Main, i == 0 ? Bolt : Nut));
            QCOMPARE(m_data->locks().at(i).period, ctx.date);
        }
        writeAndCheck(ctx);
        const QStringList &journal = m_data->journal();
        const qsizetype written = journal.indexOf(u"write"_s);
        QVERIFY(journal.indexOf(u"lock reservations product=22, warehouse=11"_s) < written);
        // The free-stock control reads after the movements are written.
        QVERIFY(journal.lastIndexOf(u"balance reservations product=22, warehouse=11"_s) > written);
    }

    void shipmentFailsWhenFreeStockFallsBelowReservations()
    {
        setStock(Main, Bolt, u"3.000"_s, u"100.0000"_s);
        // One reserved by this order, two by another.
        m_data->add(u"reservations"_s, dims(Main, Bolt), {{u"quantity"_s, u"3.000"_s}});
        m_data->add(u"orders_to_ship"_s, map({{u"sales_order"_s, Order}, {u"product"_s, Bolt}}),
                    {{u"quantity"_s, u"1.000"_s}});
        PostingContext ctx =
            context(u"shipments"_s, document(salesHeader(Order), {line(Bolt, u"2.000"_s, u"100.0000"_s)}));
        post(ctx);
        QCOMPARE(ctx.afterWrite.size(), 1);
        const auto error = failureOf([&] { writeAndCheck(ctx); });
        QVERIFY(error);
        QCOMPARE(error->code, ErrorCode::Validation);
        QCOMPARE(error->field, u"reservations"_s);
        QCOMPARE(m_data->shortfalls().size(), 1);
        QCOMPARE(m_data->shortfalls().first().resource, u"quantity"_s);
        QCOMPARE(m_data->shortfalls().first().dimensions, dims(Main, Bolt));
        QCOMPARE(m_data->shortfalls().first().missing, *Decimal::parse(u"1"));
    }

    void shipmentPassesWhenStockCoversTheReservations()
    {
        setStock(Main, Bolt, u"3.000"_s, u"100.0000"_s);
        m_data->add(u"reservations"_s, dims(Main, Bolt), {{u"quantity"_s, u"1.000"_s}});
        m_data->add(u"orders_to_ship"_s, map({{u"sales_order"_s, Order}, {u"product"_s, Bolt}}),
                    {{u"quantity"_s, u"1.000"_s}});
        PostingContext ctx =
            context(u"shipments"_s, document(salesHeader(Order), {line(Bolt, u"2.000"_s, u"100.0000"_s)}));
        post(ctx);
        writeAndCheck(ctx);
        QVERIFY(m_data->shortfalls().isEmpty());
        QCOMPARE(m_data->balance(u"stock"_s, dims(Main, Bolt)).value(u"quantity"_s), *Decimal::parse(u"1"));
        QVERIFY(m_data->balance(u"reservations"_s, dims(Main, Bolt)).value(u"quantity"_s).isZero());
    }

    // --- stock transfers and inventory counts ---------------------------------------------

    void stockTransferMovesGoodsAtTheSourceAverageCost()
    {
        setStock(Main, Bolt, u"3.000"_s, u"100.0000"_s);
        setStock(Main, Nut, u"10.000"_s, u"150.0000"_s);
        setStock(Branch, Nut, u"1.000"_s, u"99.0000"_s); // the target's cost does not matter
        PostingContext ctx =
            context(u"stock_transfers"_s, document(map({{u"warehouse"_s, Main}, {u"to_warehouse"_s, Branch}}),
                                                   {map({{u"product"_s, Nut}, {u"quantity"_s, u"4.000"_s}}),
                                                    map({{u"product"_s, Bolt}, {u"quantity"_s, u"1.000"_s}})}));
        post(ctx);
        QCOMPARE(registers(ctx), QStringList{u"stock"_s});
        QCOMPARE(rows(ctx, u"stock"_s),
                 (QStringList{stock(-1, Main, Bolt, "1", "33.3333"), stock(+1, Branch, Bolt, "1", "33.3333"),
                              stock(-1, Main, Nut, "4", "60"), stock(+1, Branch, Nut, "4", "60")}));
    }

    void inventoryShortageLeavesAtAverageCost()
    {
        setStock(Main, Bolt, u"10.000"_s, u"100.0000"_s);
        PostingContext ctx =
            context(u"inventory_counts"_s,
                    document(map({{u"warehouse"_s, Main}}),
                             {map({{u"product"_s, Bolt}, {u"counted"_s, u"7.000"_s}, {u"price"_s, QCborValue()}})}));
        post(ctx);
        QCOMPARE(rows(ctx, u"stock"_s), QStringList{stock(-1, Main, Bolt, "3", "30")});
        QCOMPARE(rows(ctx, u"ledger"_s), QStringList{entry("504", "132", "30")});
    }

    void inventorySurplusComesInAtTheLinePrice()
    {
        setStock(Main, Nut, u"4.000"_s, u"60.0000"_s);
        PostingContext ctx =
            context(u"inventory_counts"_s,
                    document(map({{u"warehouse"_s, Main}}),
                             {map({{u"product"_s, Nut}, {u"counted"_s, u"6.000"_s}, {u"price"_s, u"20.0000"_s}})}));
        post(ctx);
        QCOMPARE(rows(ctx, u"stock"_s), QStringList{stock(+1, Main, Nut, "2", "40")});
        QCOMPARE(rows(ctx, u"ledger"_s), QStringList{entry("132", "604", "40")});
    }

    void inventorySurplusWithoutPriceComesInAtAverageCost()
    {
        setStock(Main, Nut, u"4.000"_s, u"60.0000"_s);
        PostingContext ctx =
            context(u"inventory_counts"_s,
                    document(map({{u"warehouse"_s, Main}}),
                             {map({{u"product"_s, Nut}, {u"counted"_s, u"6.000"_s}, {u"price"_s, QCborValue()}})}));
        post(ctx);
        QCOMPARE(rows(ctx, u"stock"_s), QStringList{stock(+1, Main, Nut, "2", "30")});
        QCOMPARE(rows(ctx, u"ledger"_s), QStringList{entry("132", "604", "30")});
    }

    void inventoryProductCountedTwiceCountsItsFirstLine()
    {
        setStock(Main, Bolt, u"10.000"_s, u"100.0000"_s);
        setStock(Main, Nut, u"4.000"_s, u"60.0000"_s);
        PostingContext ctx =
            context(u"inventory_counts"_s,
                    document(map({{u"warehouse"_s, Main}}), {map({{u"product"_s, Bolt}, {u"counted"_s, u"7.000"_s}}),
                                                             map({{u"product"_s, Nut}, {u"counted"_s, u"4.000"_s}}),
                                                             map({{u"product"_s, Bolt}, {u"counted"_s, u"9.000"_s}})}));
        post(ctx);
        // Bolt: 7 counted (the second line is ignored), 3 short; Nut as on the books: nothing.
        QCOMPARE(rows(ctx, u"stock"_s), QStringList{stock(-1, Main, Bolt, "3", "30")});
        QCOMPARE(rows(ctx, u"ledger"_s), QStringList{entry("504", "132", "30")});
    }

    void inventoryMatchingTheBooksMovesNothing()
    {
        setStock(Main, Nut, u"4.000"_s, u"60.0000"_s);
        PostingContext ctx =
            context(u"inventory_counts"_s,
                    document(map({{u"warehouse"_s, Main}}), {map({{u"product"_s, Nut}, {u"counted"_s, u"4.000"_s}})}));
        post(ctx);
        QVERIFY(ctx.movements.isEmpty());
    }

    // --- sales ----------------------------------------------------------------------------

    void salesOrderReservesPositiveGoodsOnly()
    {
        PostingContext ctx = context(
            u"sales_orders"_s,
            document(salesHeader(), {line(Bolt, u"2.000"_s, u"100.0000"_s), line(Nut, u"-1.000"_s, u"-20.0000"_s),
                                     line(Delivery, u"1.000"_s, u"30.0000"_s), line(Bolt, u"1.000"_s, u"50.0000"_s)}));
        post(ctx);
        QCOMPARE(registers(ctx), (QStringList{u"orders_to_ship"_s, u"reservations"_s}));
        QCOMPARE(rows(ctx, u"reservations"_s), QStringList{reservation(+1, Bolt, "3")});
        QCOMPARE(rows(ctx, u"orders_to_ship"_s), QStringList{toShip(+1, ThisDocument, Bolt, "3")});
        QVERIFY(m_data->locks().isEmpty()); // the stock row is taken after the reservation is written
    }

    void salesOrderNamesEveryProductShortOfFreeStock()
    {
        setStock(Main, Bolt, u"1.000"_s, u"100.0000"_s);
        setStock(Main, Nut, u"2.000"_s, u"20.0000"_s);
        PostingContext ctx = context(u"sales_orders"_s, document(salesHeader(), {line(Bolt, u"3.000"_s, u"150.0000"_s),
                                                                                 line(Nut, u"5.000"_s, u"50.0000"_s)}));
        post(ctx);
        const auto error = failureOf([&] { writeAndCheck(ctx); });
        QVERIFY(error);
        QCOMPARE(m_data->shortfalls().size(), 2);
        QCOMPARE(m_data->shortfalls().at(0).missing, *Decimal::parse(u"2"));
        QCOMPARE(m_data->shortfalls().at(1).missing, *Decimal::parse(u"3"));
        QCOMPARE(error->message.count(u'\n'), 1);
    }

    void salesOrderFailsWhenReservationExceedsFreeStock()
    {
        setStock(Main, Bolt, u"3.000"_s, u"100.0000"_s);
        m_data->add(u"reservations"_s, dims(Main, Bolt), {{u"quantity"_s, u"1.000"_s}}); // another order's
        PostingContext ctx =
            context(u"sales_orders"_s, document(salesHeader(), {line(Bolt, u"3.000"_s, u"150.0000"_s)}));
        post(ctx);
        const auto error = failureOf([&] { writeAndCheck(ctx); });
        QVERIFY(error);
        QCOMPARE(error->code, ErrorCode::Validation);
        QCOMPARE(error->field, u"reservations"_s);
        QCOMPARE(m_data->shortfalls().first().missing, *Decimal::parse(u"1"));
        // The stock row was taken before free stock was read.
        QCOMPARE(m_data->locks().size(), 1);
        QCOMPARE(m_data->locks().first().reg, u"stock"_s);
        QCOMPARE(m_data->locks().first().dimensions, dims(Main, Bolt));
        const QStringList &journal = m_data->journal();
        QVERIFY(journal.indexOf(u"lock stock product=21, warehouse=11"_s) > journal.indexOf(u"write"_s));
        QVERIFY(journal.indexOf(u"lock stock product=21, warehouse=11"_s) <
                journal.lastIndexOf(u"balance stock product=21, warehouse=11"_s));
    }

    void salesOrderPassesWhenStockIsFree()
    {
        setStock(Main, Bolt, u"3.000"_s, u"100.0000"_s);
        PostingContext ctx =
            context(u"sales_orders"_s, document(salesHeader(), {line(Bolt, u"3.000"_s, u"150.0000"_s)}));
        post(ctx);
        writeAndCheck(ctx);
        QVERIFY(m_data->shortfalls().isEmpty());
    }

    // Goods that arrive after the order's date are not free on that date, though they are in
    // stock over all receipts.
    void salesOrderCannotReserveGoodsThatArriveLater()
    {
        m_data->add(u"stock"_s, dims(Main, Bolt), {{u"quantity"_s, u"3.000"_s}, {u"cost"_s, u"100.0000"_s}},
                    moment(Today).addDays(30));
        PostingContext ctx =
            context(u"sales_orders"_s, document(salesHeader(), {line(Bolt, u"3.000"_s, u"150.0000"_s)}));
        post(ctx);
        const auto error = failureOf([&] { writeAndCheck(ctx); });
        QVERIFY(error);
        QCOMPARE(error->field, u"reservations"_s);
        QCOMPARE(m_data->shortfalls().first().missing, *Decimal::parse(u"3"));
    }

    void salesOrderReservesGoodsFromTheMomentTheyArrive()
    {
        const QDateTime arrival = moment(Today).addDays(30);
        m_data->add(u"stock"_s, dims(Main, Bolt), {{u"quantity"_s, u"3.000"_s}, {u"cost"_s, u"100.0000"_s}}, arrival);
        QCborMap header = salesHeader();
        header.insert(u"date"_s, arrival.toString(Qt::ISODateWithMs));
        PostingContext ctx = context(u"sales_orders"_s, document(header, {line(Bolt, u"3.000"_s, u"150.0000"_s)}));
        post(ctx);
        writeAndCheck(ctx);
        QVERIFY(m_data->shortfalls().isEmpty());
    }

    void salesInvoiceOpensReceivableAndBooksRevenueAndVat()
    {
        PostingContext ctx =
            context(u"sales_invoices"_s,
                    document(commercialHeader(Customer, CustomerParty, u"100.0000"_s, u"21.0000"_s, u"121.0000"_s, Czk),
                             {line(Bolt, u"2.000"_s, u"100.0000"_s)}));
        post(ctx);
        QCOMPARE(registers(ctx), (QStringList{u"ledger"_s, u"settlements"_s}));
        QCOMPARE(rows(ctx, u"settlements"_s), QStringList{settlement(+1, ThisDocument, "121")});
        QCOMPARE(rows(ctx, u"ledger"_s), (QStringList{entry("311", "604", "100"), entry("311", "343", "21")}));
    }

    void salesInvoiceInForeignCurrencyBooksAtItsDatesRate()
    {
        setRate(Eur, u"2026-03-01T00:00:00.000Z"_s, u"25.000000"_s);
        setRate(Eur, u"2026-03-15T00:00:00.000Z"_s, u"26.000000"_s); // later than the invoice
        PostingContext ctx =
            context(u"sales_invoices"_s,
                    document(commercialHeader(Customer, CustomerParty, u"100.0000"_s, u"21.0000"_s, u"121.0000"_s, Eur),
                             {line(Bolt, u"2.000"_s, u"100.0000"_s)}));
        post(ctx);
        QCOMPARE(rows(ctx, u"settlements"_s), QStringList{settlement(+1, ThisDocument, "121")}); // in euros
        QCOMPARE(rows(ctx, u"ledger"_s), (QStringList{entry("311", "604", "2500"), entry("311", "343", "525")}));
    }

    void missingExchangeRateFailsNamingTheCurrency()
    {
        setRate(Eur, u"2026-03-15T00:00:00.000Z"_s, u"26.000000"_s); // only after the invoice's date
        PostingContext ctx =
            context(u"sales_invoices"_s,
                    document(commercialHeader(Customer, CustomerParty, u"100.0000"_s, u"21.0000"_s, u"121.0000"_s, Eur),
                             {line(Bolt, u"2.000"_s, u"100.0000"_s)}));
        const auto error = failureOf([&] { post(ctx); });
        QVERIFY(error);
        QCOMPARE(error->code, ErrorCode::Validation);
        QCOMPARE(error->field, u"currency"_s);
        QVERIFY2(error->message.contains(u"EUR"_s) && error->message.contains(u"2026-03-10"_s),
                 qPrintable(error->message));
    }

    void missingAccountFailsNamingTheAccount()
    {
        m_data->removeObject(u"accounts"_s, account(u"343"_s));
        PostingContext ctx =
            context(u"sales_invoices"_s,
                    document(commercialHeader(Customer, CustomerParty, u"100.0000"_s, u"21.0000"_s, u"121.0000"_s),
                             {line(Bolt, u"2.000"_s, u"100.0000"_s)}));
        const auto error = failureOf([&] { post(ctx); });
        QVERIFY(error);
        QCOMPARE(error->code, ErrorCode::Validation);
        QVERIFY2(error->message.contains(u"343"_s), qPrintable(error->message));
    }

    void incomingPaymentSettlesAnInvoiceIntoTheBank()
    {
        m_data->setObject(u"sales_invoices"_s, Invoice, map({{u"date"_s, u"2026-03-01T09:00:00.000Z"_s}}));
        PostingContext ctx =
            context(u"incoming_payments"_s, incomingPayment({paymentLine(u"invoice"_s, Invoice, u"121.0000"_s)}));
        post(ctx);
        QCOMPARE(registers(ctx), (QStringList{u"cash"_s, u"ledger"_s, u"settlements"_s}));
        QCOMPARE(rows(ctx, u"settlements"_s), QStringList{settlement(-1, Invoice, "121")});
        QCOMPARE(rows(ctx, u"cash"_s), QStringList{cash(+1, u"bank"_s, "121")});
        QCOMPARE(rows(ctx, u"ledger"_s), QStringList{entry("221", "311", "121")});
    }

    void incomingPaymentSettlesSeveralInvoicesIntoTheTill()
    {
        for (const qint64 invoice : {Invoice, SecondInvoice})
            m_data->setObject(u"sales_invoices"_s, invoice, map({{u"date"_s, u"2026-03-01T09:00:00.000Z"_s}}));
        PostingContext ctx =
            context(u"incoming_payments"_s, incomingPayment({paymentLine(u"invoice"_s, Invoice, u"121.0000"_s),
                                                             paymentLine(u"invoice"_s, SecondInvoice, u"50.5000"_s)},
                                                            u"cash"_s));
        post(ctx);
        QCOMPARE(rows(ctx, u"settlements"_s),
                 (QStringList{settlement(-1, Invoice, "121"), settlement(-1, SecondInvoice, "50.5")}));
        QCOMPARE(rows(ctx, u"cash"_s), QStringList{cash(+1, u"cash"_s, "171.5")});
        QCOMPARE(rows(ctx, u"ledger"_s), QStringList{entry("211", "311", "171.5")});
    }

    void incomingForeignPaymentBooksAnExchangeGain()
    {
        setRate(Eur, u"2026-03-01T00:00:00.000Z"_s, u"25.000000"_s);
        setRate(Eur, u"2026-03-08T00:00:00.000Z"_s, u"26.000000"_s);
        m_data->setObject(u"sales_invoices"_s, Invoice,
                          map({{u"date"_s, u"2026-03-02T09:00:00.000Z"_s}, {u"currency"_s, Eur}}));
        PostingContext ctx =
            context(u"incoming_payments"_s,
                    incomingPayment({paymentLine(u"invoice"_s, Invoice, u"100.0000"_s)}, u"bank"_s, Eur));
        post(ctx);
        QCOMPARE(rows(ctx, u"settlements"_s), QStringList{settlement(-1, Invoice, "100")});
        QCOMPARE(rows(ctx, u"cash"_s), QStringList{cash(+1, u"bank"_s, "100")});
        // 2600 CZK came in for a receivable booked at 2500.
        QCOMPARE(rows(ctx, u"ledger"_s), (QStringList{entry("221", "311", "2600"), entry("311", "663", "100")}));
    }

    void incomingForeignPaymentBooksAnExchangeLoss()
    {
        setRate(Eur, u"2026-03-01T00:00:00.000Z"_s, u"25.000000"_s);
        setRate(Eur, u"2026-03-08T00:00:00.000Z"_s, u"24.000000"_s);
        m_data->setObject(u"sales_invoices"_s, Invoice,
                          map({{u"date"_s, u"2026-03-02T09:00:00.000Z"_s}, {u"currency"_s, Eur}}));
        PostingContext ctx =
            context(u"incoming_payments"_s,
                    incomingPayment({paymentLine(u"invoice"_s, Invoice, u"100.0000"_s)}, u"bank"_s, Eur));
        post(ctx);
        QCOMPARE(rows(ctx, u"ledger"_s), (QStringList{entry("221", "311", "2400"), entry("563", "311", "100")}));
    }

    void incomingPaymentRefusesAnInvoiceInAnotherCurrency_data()
    {
        QTest::addColumn<QCborValue>("invoiceCurrency");
        QTest::newRow("accounting currency") << QCborValue(QCborValue::Null);
        QTest::newRow("dollars") << QCborValue(Usd);
    }
    void incomingPaymentRefusesAnInvoiceInAnotherCurrency()
    {
        QFETCH(QCborValue, invoiceCurrency);
        setRate(Eur, u"2026-03-01T00:00:00.000Z"_s, u"25.000000"_s);
        setRate(Usd, u"2026-03-01T00:00:00.000Z"_s, u"23.000000"_s);
        m_data->setObject(u"sales_invoices"_s, Invoice,
                          map({{u"date"_s, u"2026-03-02T09:00:00.000Z"_s}, {u"currency"_s, Eur}}));
        m_data->setObject(u"sales_invoices"_s, SecondInvoice,
                          map({{u"date"_s, u"2026-03-02T09:00:00.000Z"_s}, {u"currency"_s, invoiceCurrency}}));
        PostingContext ctx =
            context(u"incoming_payments"_s, incomingPayment({paymentLine(u"invoice"_s, Invoice, u"100.0000"_s),
                                                             paymentLine(u"invoice"_s, SecondInvoice, u"10.0000"_s)},
                                                            u"bank"_s, Eur));
        const auto error = failureOf([&] { post(ctx); });
        QVERIFY(error);
        QCOMPARE(error->code, ErrorCode::Validation);
        QCOMPARE(error->field, u"lines[2].invoice"_s);
    }

    // An empty currency is the organization's: naming it or not is the same currency.
    void paymentInTheAccountingCurrencySettlesInvoicesWithoutCurrency_data()
    {
        QTest::addColumn<QCborValue>("paymentCurrency");
        QTest::addColumn<QCborValue>("invoiceCurrency");
        QTest::newRow("payment names it") << QCborValue(Czk) << QCborValue(QCborValue::Null);
        QTest::newRow("invoice names it") << QCborValue(QCborValue::Null) << QCborValue(Czk);
    }
    void paymentInTheAccountingCurrencySettlesInvoicesWithoutCurrency()
    {
        QFETCH(QCborValue, paymentCurrency);
        QFETCH(QCborValue, invoiceCurrency);
        m_data->setObject(u"sales_invoices"_s, Invoice,
                          map({{u"date"_s, u"2026-03-01T09:00:00.000Z"_s}, {u"currency"_s, invoiceCurrency}}));
        PostingContext ctx =
            context(u"incoming_payments"_s,
                    incomingPayment({paymentLine(u"invoice"_s, Invoice, u"121.0000"_s)}, u"bank"_s, paymentCurrency));
        const auto error = failureOf([&] { post(ctx); });
        QVERIFY2(!error, error ? qPrintable(error->message) : "");
        QCOMPARE(rows(ctx, u"ledger"_s), QStringList{entry("221", "311", "121")});
    }

    void customerReturnTakesGoodsBackAndReversesTheSale()
    {
        setSold(Customer, Nut, u"4.000"_s, u"100.0000"_s, u"50.0000"_s);
        QCborMap header = commercialHeader(Customer, CustomerParty, u"50.0000"_s, u"10.5000"_s, u"60.5000"_s);
        header.insert(u"sales_invoice"_s, Invoice);
        PostingContext ctx =
            context(u"customer_returns"_s,
                    document(header, {line(Nut, u"2.000"_s, u"40.0000"_s), line(Delivery, u"1.000"_s, u"10.0000"_s)}));
        post(ctx);
        QCOMPARE(registers(ctx), (QStringList{u"ledger"_s, u"sales"_s, u"settlements"_s, u"stock"_s}));
        QCOMPARE(rows(ctx, u"stock"_s), QStringList{stock(+1, Main, Nut, "2", "25")});
        QCOMPARE(rows(ctx, u"sales"_s), (QStringList{sale(Nut, "-2", "-40", "-25"), sale(Delivery, "-1", "-10", "0")}));
        QCOMPARE(rows(ctx, u"settlements"_s), QStringList{settlement(-1, Invoice, "60.5")});
        QCOMPARE(rows(ctx, u"ledger"_s),
                 (QStringList{entry("604", "311", "50"), entry("343", "311", "10.5"), entry("132", "504", "25")}));
    }

    void priceSettingWritesThePricesOfItsPriceType()
    {
        PostingContext ctx =
            context(u"price_settings"_s, document(map({{u"price_type"_s, Retail}}),
                                                  {map({{u"product"_s, Bolt}, {u"price"_s, u"55.0000"_s}}),
                                                   map({{u"product"_s, Nut}, {u"price"_s, u"7.5000"_s}})}));
        post(ctx);
        QCOMPARE(registers(ctx), QStringList{u"prices"_s});
        QCOMPARE(
            rows(ctx, u"prices"_s),
            (QStringList{
                row(u"prices"_s, +1, map({{u"price_type"_s, Retail}, {u"product"_s, Bolt}, {u"price"_s, u"55"_s}})),
                row(u"prices"_s, +1, map({{u"price_type"_s, Retail}, {u"product"_s, Nut}, {u"price"_s, u"7.5"_s}}))}));
    }

    void rateSettingWritesExchangeRates()
    {
        PostingContext ctx =
            context(u"rate_settings"_s, document({}, {map({{u"currency"_s, Eur}, {u"rate"_s, u"25.125000"_s}}),
                                                      map({{u"currency"_s, Usd}, {u"rate"_s, u"23.000000"_s}})}));
        post(ctx);
        QCOMPARE(registers(ctx), QStringList{u"exchange_rates"_s});
        QCOMPARE(rows(ctx, u"exchange_rates"_s),
                 (QStringList{row(u"exchange_rates"_s, +1, map({{u"currency"_s, Eur}, {u"rate"_s, u"25.125"_s}})),
                              row(u"exchange_rates"_s, +1, map({{u"currency"_s, Usd}, {u"rate"_s, u"23"_s}}))}));
    }

    // --- purchasing -----------------------------------------------------------------------

    void purchaseOrderOpensQuantitiesToReceive()
    {
        PostingContext ctx = context(
            u"purchase_orders"_s, document(commercialHeader(Supplier, SupplierParty, u"0"_s, u"0"_s, u"0"_s),
                                           {line(Nut, u"5.000"_s, u"50.0000"_s), line(Bolt, u"10.000"_s, u"100.0000"_s),
                                            line(Bolt, u"2.000"_s, u"20.0000"_s)}));
        post(ctx);
        QCOMPARE(registers(ctx), QStringList{u"orders_to_receive"_s});
        QCOMPARE(rows(ctx, u"orders_to_receive"_s),
                 (QStringList{toReceive(+1, ThisDocument, Bolt, "12"), toReceive(+1, ThisDocument, Nut, "5")}));
    }

    void supplierInvoiceOpensPayableAndBooksInputVat()
    {
        PostingContext ctx =
            context(u"supplier_invoices"_s,
                    document(commercialHeader(Supplier, SupplierParty, u"200.0000"_s, u"42.0000"_s, u"242.0000"_s),
                             {line(Bolt, u"20.000"_s, u"200.0000"_s)}));
        post(ctx);
        QCOMPARE(registers(ctx), (QStringList{u"ledger"_s, u"payables"_s}));
        QCOMPARE(rows(ctx, u"payables"_s), QStringList{payable(+1, ThisDocument, "242")});
        QCOMPARE(rows(ctx, u"ledger"_s), QStringList{entry("343", "321", "42")});
    }

    void outgoingPaymentSettlesPayablesFromTheBank()
    {
        for (const qint64 invoice : {SupplierInvoice, SecondSupplierInvoice})
            m_data->setObject(u"supplier_invoices"_s, invoice, map({{u"date"_s, u"2026-03-01T09:00:00.000Z"_s}}));
        PostingContext ctx =
            context(u"outgoing_payments"_s,
                    outgoingPayment({paymentLine(u"supplier_invoice"_s, SupplierInvoice, u"242.0000"_s),
                                     paymentLine(u"supplier_invoice"_s, SecondSupplierInvoice, u"8.0000"_s)}));
        post(ctx);
        QCOMPARE(registers(ctx), (QStringList{u"cash"_s, u"ledger"_s, u"payables"_s}));
        QCOMPARE(rows(ctx, u"payables"_s),
                 (QStringList{payable(-1, SupplierInvoice, "242"), payable(-1, SecondSupplierInvoice, "8")}));
        QCOMPARE(rows(ctx, u"cash"_s), QStringList{cash(-1, u"bank"_s, "250")});
        QCOMPARE(rows(ctx, u"ledger"_s), QStringList{entry("321", "221", "250")});
    }

    void outgoingForeignPaymentBooksAnExchangeLoss()
    {
        setRate(Eur, u"2026-03-01T00:00:00.000Z"_s, u"25.000000"_s);
        setRate(Eur, u"2026-03-08T00:00:00.000Z"_s, u"26.000000"_s);
        m_data->setObject(u"supplier_invoices"_s, SupplierInvoice,
                          map({{u"date"_s, u"2026-03-02T09:00:00.000Z"_s}, {u"currency"_s, Eur}}));
        PostingContext ctx =
            context(u"outgoing_payments"_s,
                    outgoingPayment({paymentLine(u"supplier_invoice"_s, SupplierInvoice, u"100.0000"_s)}, Eur));
        post(ctx);
        QCOMPARE(rows(ctx, u"payables"_s), QStringList{payable(-1, SupplierInvoice, "100")});
        QCOMPARE(rows(ctx, u"cash"_s), QStringList{cash(-1, u"bank"_s, "100")});
        // 2600 CZK went out for a payable booked at 2500.
        QCOMPARE(rows(ctx, u"ledger"_s), (QStringList{entry("321", "221", "2600"), entry("563", "321", "100")}));
    }

    void outgoingForeignPaymentBooksAnExchangeGain()
    {
        setRate(Eur, u"2026-03-01T00:00:00.000Z"_s, u"25.000000"_s);
        setRate(Eur, u"2026-03-08T00:00:00.000Z"_s, u"24.000000"_s);
        m_data->setObject(u"supplier_invoices"_s, SupplierInvoice,
                          map({{u"date"_s, u"2026-03-02T09:00:00.000Z"_s}, {u"currency"_s, Eur}}));
        PostingContext ctx =
            context(u"outgoing_payments"_s,
                    outgoingPayment({paymentLine(u"supplier_invoice"_s, SupplierInvoice, u"100.0000"_s)}, Eur));
        post(ctx);
        QCOMPARE(rows(ctx, u"ledger"_s), (QStringList{entry("321", "221", "2400"), entry("321", "663", "100")}));
    }

    void supplierReturnCreditedAboveCostLowersGoodsSold()
    {
        setStock(Main, Bolt, u"10.000"_s, u"100.0000"_s);
        QCborMap header = commercialHeader(Supplier, SupplierParty, u"30.0000"_s, u"6.3000"_s, u"36.3000"_s);
        header.insert(u"supplier_invoice"_s, SupplierInvoice);
        PostingContext ctx =
            context(u"supplier_returns"_s,
                    document(header, {line(Bolt, u"2.000"_s, u"30.0000"_s), line(Delivery, u"1.000"_s, u"0.0000"_s)}));
        post(ctx);
        QCOMPARE(registers(ctx), (QStringList{u"ledger"_s, u"payables"_s, u"stock"_s}));
        QCOMPARE(rows(ctx, u"stock"_s), QStringList{stock(-1, Main, Bolt, "2", "20")});
        QCOMPARE(rows(ctx, u"payables"_s), QStringList{payable(-1, SupplierInvoice, "36.3")});
        QCOMPARE(rows(ctx, u"ledger"_s),
                 (QStringList{entry("321", "132", "20"), entry("321", "343", "6.3"), entry("321", "504", "10")}));
    }

    void supplierReturnCreditedBelowCostRaisesGoodsSold()
    {
        setStock(Main, Bolt, u"10.000"_s, u"100.0000"_s);
        QCborMap header = commercialHeader(Supplier, SupplierParty, u"16.0000"_s, u"3.3600"_s, u"19.3600"_s);
        header.insert(u"supplier_invoice"_s, SupplierInvoice);
        PostingContext ctx = context(u"supplier_returns"_s, document(header, {line(Bolt, u"2.000"_s, u"16.0000"_s)}));
        post(ctx);
        QCOMPARE(rows(ctx, u"payables"_s), QStringList{payable(-1, SupplierInvoice, "19.36")});
        QCOMPARE(rows(ctx, u"ledger"_s),
                 (QStringList{entry("321", "132", "20"), entry("321", "343", "3.36"), entry("504", "321", "4")}));
    }

    // --- arithmetic that does not fit ------------------------------------------------------

    void overflowingAmountsFailNamingTheField_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("field");
        QTest::newRow("goods receipt") << u"goods_receipts"_s << u"lines[2].amount"_s;
        QTest::newRow("shipment") << u"shipments"_s << u"lines[2].amount"_s;
        QTest::newRow("sales order") << u"sales_orders"_s << u"lines[2].amount"_s;
        QTest::newRow("customer return") << u"customer_returns"_s << u"lines[2].amount"_s;
        QTest::newRow("purchase order") << u"purchase_orders"_s << u"lines[2].amount"_s;
        QTest::newRow("supplier return") << u"supplier_returns"_s << u"lines[2].amount"_s;
        QTest::newRow("incoming payment") << u"incoming_payments"_s << u"total"_s;
        QTest::newRow("outgoing payment") << u"outgoing_payments"_s << u"total"_s;
    }
    void overflowingAmountsFailNamingTheField()
    {
        QFETCH(QString, kind);
        QFETCH(QString, field);
        setStock(Main, Bolt, u"10.000"_s, u"100.0000"_s);
        for (const qint64 invoice : {Invoice, SecondInvoice}) {
            m_data->setObject(u"sales_invoices"_s, invoice, map({{u"date"_s, u"2026-03-01T09:00:00.000Z"_s}}));
            m_data->setObject(u"supplier_invoices"_s, invoice, map({{u"date"_s, u"2026-03-01T09:00:00.000Z"_s}}));
        }
        QCborMap doc;
        if (kind == u"incoming_payments"_s)
            doc = incomingPayment(
                {paymentLine(u"invoice"_s, Invoice, Huge), paymentLine(u"invoice"_s, SecondInvoice, Huge)});
        else if (kind == u"outgoing_payments"_s)
            doc = outgoingPayment({paymentLine(u"supplier_invoice"_s, Invoice, Huge),
                                   paymentLine(u"supplier_invoice"_s, SecondInvoice, Huge)});
        else
            doc = document(commercialHeader(Customer, CustomerParty, u"1.0000"_s, u"0"_s, u"1.0000"_s),
                           {line(Bolt, u"1.000"_s, Huge), line(Bolt, u"1.000"_s, Huge)});
        PostingContext ctx = context(kind, doc);
        const auto error = failureOf([&] { post(ctx); });
        QVERIFY2(error, "the sum was not refused");
        QCOMPARE(error->code, ErrorCode::Validation);
        QCOMPARE(error->field, field);
    }

    void overflowingCostsFailNamingTheCost()
    {
        setStock(Main, Bolt, u"1.000"_s, Huge);
        setStock(Main, Nut, u"1.000"_s, Huge);
        PostingContext ctx =
            context(u"shipments"_s,
                    document(salesHeader(), {line(Bolt, u"1.000"_s, u"1.0000"_s), line(Nut, u"1.000"_s, u"1.0000"_s)}));
        const auto error = failureOf([&] { post(ctx); });
        QVERIFY2(error, "the sum was not refused");
        QCOMPARE(error->code, ErrorCode::Validation);
        QCOMPARE(error->field, u"cost"_s);
    }

    // --- the recalculation ----------------------------------------------------------------

    void recalculationTakesMissingPricesFromThePriceType()
    {
        const auto price = [this](qint64 type, qint64 product, const QString &from, const QString &value) {
            m_data->addFact(u"prices"_s, moment(from), map({{u"price_type"_s, type}, {u"product"_s, product}}),
                            map({{u"price"_s, value}}));
        };
        price(Retail, Bolt, u"2026-03-01T00:00:00.000Z"_s, u"10.0000"_s);
        price(Retail, Bolt, u"2026-03-20T00:00:00.000Z"_s, u"12.0000"_s); // after the order's date
        price(Retail, Nut, u"2026-02-01T00:00:00.000Z"_s, u"3.0000"_s);
        price(Wholesale, Bolt, u"2026-03-05T00:00:00.000Z"_s, u"9.0000"_s); // another price type
        QCborMap delivery = orderLine(Delivery, u"1.000"_s, QCborValue(QCborValue::Null));
        delivery.insert(u"amount"_s, u"5.0000"_s); // no price anywhere: the amount stays
        RecalcContext ctx{*m_data, u"sales_orders"_s,
                          orderForRecalculation({orderLine(Bolt, u"2.000"_s, QCborValue(QCborValue::Null)),
                                                 orderLine(Nut, u"1.000"_s, u"4.0000"_s), delivery})};
        recalculate(ctx);
        QCOMPARE(plain(lineOf(ctx.document, 1).value(u"price"_s)), u"10"_s);
        QCOMPARE(plain(lineOf(ctx.document, 1).value(u"amount"_s)), u"20"_s);
        QCOMPARE(plain(lineOf(ctx.document, 2).value(u"price"_s)), u"4"_s); // given prices stay
        QCOMPARE(plain(lineOf(ctx.document, 2).value(u"amount"_s)), u"4"_s);
        QCOMPARE(plain(lineOf(ctx.document, 3).value(u"price"_s)), u"null"_s);
        QCOMPARE(plain(lineOf(ctx.document, 3).value(u"amount"_s)), u"5"_s);
        QCOMPARE(plain(ctx.document.value(u"total_net"_s)), u"29"_s);
        QCOMPARE(plain(ctx.document.value(u"total_vat"_s)), u"6.09"_s); // 4.20 + 0.84 + 1.05
        QCOMPARE(plain(ctx.document.value(u"total"_s)), u"35.09"_s);
    }

    void recalculationRoundsAmountsToCents()
    {
        RecalcContext ctx{*m_data, u"sales_orders"_s,
                          orderForRecalculation({orderLine(Bolt, u"3.000"_s, u"0.3333"_s),    // 0.9999
                                                 orderLine(Nut, u"0.333"_s, u"1.5000"_s),     // 0.4995
                                                 orderLine(Nut, u"-0.333"_s, u"1.5000"_s)})}; // -0.4995
        recalculate(ctx);
        QCOMPARE(lineOf(ctx.document, 1).value(u"amount"_s).toString(), u"1.00"_s);
        QCOMPARE(lineOf(ctx.document, 2).value(u"amount"_s).toString(), u"0.50"_s);
        QCOMPARE(lineOf(ctx.document, 3).value(u"amount"_s).toString(), u"-0.50"_s); // half away from zero
        QCOMPARE(plain(ctx.document.value(u"total_net"_s)), u"1"_s);
    }

    void recalculationRoundsVatPerLine()
    {
        RecalcContext ctx{*m_data, u"sales_orders"_s, halfCrownLines()};
        recalculate(ctx);
        for (int i = 1; i <= 3; ++i)
            QCOMPARE(plain(lineOf(ctx.document, i).value(u"vat_amount"_s)), u"0.11"_s);
        QCOMPARE(plain(lineOf(ctx.document, 4).value(u"vat_amount"_s)), u"0.06"_s);
        QCOMPARE(plain(ctx.document.value(u"total_net"_s)), u"2"_s);
        QCOMPARE(plain(ctx.document.value(u"total_vat"_s)), u"0.39"_s); // 3 x 0.11 + 0.06
        QCOMPARE(plain(ctx.document.value(u"total"_s)), u"2.39"_s);
    }

    void recalculationRoundsVatPerDocumentAndRate()
    {
        m_data->setObject(u"organizations"_s, Org, map({{u"vat_rounding"_s, u"per_document"_s}}));
        RecalcContext ctx{*m_data, u"sales_orders"_s, halfCrownLines()};
        recalculate(ctx);
        QCOMPARE(plain(lineOf(ctx.document, 1).value(u"vat_amount"_s)), u"0.11"_s); // lines still show their own
        QCOMPARE(plain(ctx.document.value(u"total_net"_s)), u"2"_s);
        QCOMPARE(plain(ctx.document.value(u"total_vat"_s)), u"0.38"_s); // 21 % of 1.50 (0.315) + 12 % of 0.50
        QCOMPARE(plain(ctx.document.value(u"total"_s)), u"2.38"_s);
    }

    void recalculationTotalsPaymentLines()
    {
        QCborMap doc = incomingPayment({paymentLine(u"invoice"_s, Invoice, u"121.0000"_s),
                                        paymentLine(u"invoice"_s, SecondInvoice, u"50.5000"_s)});
        doc.insert(u"total"_s, QCborValue(QCborValue::Null));
        RecalcContext ctx{*m_data, u"incoming_payments"_s, doc};
        recalculate(ctx);
        QCOMPARE(plain(ctx.document.value(u"total"_s)), u"171.5"_s);
        QVERIFY(!ctx.document.contains(u"total_net"_s)); // a payment has no such field
        QVERIFY(!ctx.document.contains(u"total_vat"_s));
    }

    // An invoice without a due date is due its payment terms after its date: the counterparty's
    // days, else the partner's; a due date given stays.
    void recalculationDatesInvoicesByPaymentTerms_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("partnerField");
        QTest::newRow("sales") << u"sales_invoices"_s << u"partner"_s;
        QTest::newRow("purchasing") << u"supplier_invoices"_s << u"supplier"_s;
    }
    void recalculationDatesInvoicesByPaymentTerms()
    {
        QFETCH(QString, kind);
        QFETCH(QString, partnerField);
        m_data->setObject(u"partners"_s, Customer, map({{u"payment_days"_s, 14}}));
        auto dueDate = [&](const QCborValue &given) {
            QCborMap header = map({{partnerField, Customer},
                                   {u"counterparty"_s, CustomerParty},
                                   {u"due_date"_s, given},
                                   {u"date"_s, u"2026-03-10T10:00:00.000Z"_s}});
            RecalcContext ctx{*m_data, kind, document(header, {line(Bolt, u"1.000"_s, u"10.0000"_s)})};
            recalculate(ctx);
            return ctx.document.value(u"due_date"_s).toString();
        };
        QCOMPARE(dueDate(QCborValue(QCborValue::Null)), u"2026-03-24"_s); // the partner's 14 days
        m_data->setObject(u"counterparties"_s, CustomerParty, map({{u"payment_days"_s, 30}}));
        QCOMPARE(dueDate(QCborValue(QCborValue::Null)), u"2026-04-09"_s); // the counterparty's 30 days
        QCOMPARE(dueDate(u"2026-03-31"_s), u"2026-03-31"_s);
    }

    // A document that would move nothing is refused, naming its lines: none, or all zero.
    void documentsWithNothingToPostAreRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("field");
        for (const char *kind : {"sales_orders", "shipments", "sales_invoices", "customer_returns", "goods_receipts",
                                 "stock_transfers", "purchase_orders", "supplier_invoices", "supplier_returns"})
            QTest::newRow(kind) << QString::fromLatin1(kind) << u"quantity"_s;
        QTest::newRow("incoming_payments") << u"incoming_payments"_s << u"amount"_s;
        QTest::newRow("outgoing_payments") << u"outgoing_payments"_s << u"amount"_s;
    }
    void documentsWithNothingToPostAreRefused()
    {
        QFETCH(QString, kind);
        QFETCH(QString, field);
        for (const QList<QCborMap> &lines :
             {QList<QCborMap>{}, QList<QCborMap>{map({{u"product"_s, Bolt}, {field, u"0.000"_s}}),
                                                 map({{u"product"_s, Nut}, {field, u"0"_s}})}}) {
            PostingContext ctx = context(kind, document(map({{u"warehouse"_s, Main}}), lines));
            const auto error = failureOf([&] { m_areas.posting(kind)(ctx); });
            QVERIFY(error);
            QCOMPARE(error->code, ErrorCode::Validation);
            QCOMPARE(error->field, u"lines"_s);
            QVERIFY(ctx.movements.isEmpty());
        }
    }

    void recalculationOverflowFailsNamingTheField_data()
    {
        QTest::addColumn<QString>("quantity");
        QTest::addColumn<QCborValue>("price");
        QTest::addColumn<QCborValue>("amount");
        QTest::addColumn<QString>("field");
        // 1000 x 900 000 000 000 000 does not fit; two amounts of 900 000 000 000 000 at scale 4 neither.
        QTest::newRow("line amount") << u"1000.000"_s << QCborValue(Huge) << QCborValue(QCborValue::Null)
                                     << u"lines[1].amount"_s;
        QTest::newRow("total") << u"1.000"_s << QCborValue(QCborValue::Null) << QCborValue(Huge) << u"total_net"_s;
    }
    void recalculationOverflowFailsNamingTheField()
    {
        QFETCH(QString, quantity);
        QFETCH(QCborValue, price);
        QFETCH(QCborValue, amount);
        QFETCH(QString, field);
        QList<QCborMap> lines;
        for (const qint64 product : {Bolt, Nut}) {
            QCborMap l = orderLine(product, quantity, price);
            l.insert(u"amount"_s, amount);
            lines.append(l);
        }
        RecalcContext ctx{*m_data, u"sales_orders"_s, orderForRecalculation(lines)};
        const auto error = failureOf([&] { recalculate(ctx); });
        QVERIFY2(error, "the sum was not refused");
        QCOMPARE(error->code, ErrorCode::Validation);
        QCOMPARE(error->field, field);
    }
};

QTEST_GUILESS_MAIN(TestPostings)
#include "tst_postings.moc"
