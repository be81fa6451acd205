// Postings of sales: orders, invoices, incoming payments, returns, prices and rates.
// Pure: a document in, register rows out, read through a FakeDataSource; no server, no database.
#include "postingfixture.h"

#include "i18n/language.h"

namespace {

constexpr qint64 Shipment = 91;

QCborMap invoiceOf(const QCborValue &order, const QCborValue &shipment, const QList<QCborMap> &lines)
{
    QCborMap header = map({{u"currency"_s, Czk},
                           {u"partner"_s, Customer},
                           {u"counterparty"_s, CustomerParty},
                           {u"total_net"_s, u"100.0000"_s},
                           {u"total_vat"_s, u"21.0000"_s},
                           {u"total"_s, u"121.0000"_s},
                           {u"sales_order"_s, order},
                           {u"shipment"_s, shipment}});
    return document(header, lines);
}

} // namespace

class TestSalesPostings : public QObject, protected PostingFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUp(); }
    void init() { reset(); }

    // --- sales ----------------------------------------------------------------------------

    // Each line is its own line of progress: goods to ship (a return: to take back), sold goods
    // reserved per line, services (never shipped) to invoice from the order.
    void salesOrderReservesPositiveGoodsOnly()
    {
        PostingContext ctx = context(
            u"sales_orders"_s,
            document(salesHeader(), {line(Bolt, u"2.000"_s, u"100.0000"_s), line(Nut, u"-1.000"_s, u"-20.0000"_s),
                                     line(Delivery, u"1.000"_s, u"30.0000"_s), line(Bolt, u"1.000"_s, u"50.0000"_s)}));
        post(ctx);
        QCOMPARE(registers(ctx), (QStringList{u"orders_to_invoice"_s, u"orders_to_ship"_s, u"reservations"_s}));
        QCOMPARE(rows(ctx, u"reservations"_s),
                 (QStringList{reservation(+1, Bolt, "2", ThisDocument, 1), reservation(+1, Bolt, "1", ThisDocument, 4)}));
        QCOMPARE(rows(ctx, u"orders_to_ship"_s),
                 (QStringList{toShip(+1, ThisDocument, Bolt, "2", 1), toShip(+1, ThisDocument, Nut, "1", 2),
                              toShip(+1, ThisDocument, Bolt, "1", 4)}));
        QCOMPARE(rows(ctx, u"orders_to_invoice"_s),
                 QStringList{toInvoice(+1, ThisDocument, 3, QCborValue(QCborValue::Null), Delivery, "1", "30")});
        QVERIFY(m_data->locks().isEmpty()); // the stock row is taken after the reservation is written
    }

    // Invoiced on order: every line is to invoice from the order, a return as its own line to credit.
    void salesOrderInvoicedOnOrderOpensEveryLineToInvoice()
    {
        QCborMap header = salesHeader();
        header.insert(u"invoicing"_s, u"on_order"_s);
        PostingContext ctx = context(
            u"sales_orders"_s,
            document(header, {line(Bolt, u"2.000"_s, u"100.0000"_s), line(Bolt, u"-1.000"_s, u"-50.0000"_s)}));
        post(ctx);
        const QCborValue none(QCborValue::Null);
        QCOMPARE(rows(ctx, u"orders_to_invoice"_s),
                 (QStringList{toInvoice(+1, ThisDocument, 1, none, Bolt, "2", "100"),
                              toInvoice(+1, ThisDocument, 2, none, Bolt, "1", "50")}));
    }

    // A line to ship later reserves nothing: the order posts though the stock is short.
    void salesOrderLineShippedLaterReservesNothing()
    {
        QCborMap later = line(Bolt, u"5.000"_s, u"250.0000"_s);
        later.insert(u"reservation"_s, u"ship_later"_s);
        PostingContext ctx = context(u"sales_orders"_s, document(salesHeader(), {later}));
        post(ctx);
        QVERIFY(rows(ctx, u"reservations"_s).isEmpty());
        QCOMPARE(rows(ctx, u"orders_to_ship"_s), QStringList{toShip(+1, ThisDocument, Bolt, "5")});
        QVERIFY(ctx.afterWrite.isEmpty()); // no free stock to check
    }

    // Every line short of free stock is named, one per line, with what it lacks; lines of one
    // product take what is free in line order.
    void salesOrderNamesEveryLineShortOfFreeStock()
    {
        setStock(Main, Bolt, u"3.000"_s, u"100.0000"_s);
        setStock(Main, Nut, u"2.000"_s, u"20.0000"_s);
        m_data->setObject(u"products"_s, Bolt, map({{u"name"_s, u"Bolt M8"_s}}));
        m_data->setObject(u"products"_s, Nut, map({{u"name"_s, u"Nut M8"_s}}));
        PostingContext ctx = context(u"sales_orders"_s, document(salesHeader(), {line(Bolt, u"2.000"_s, u"100.0000"_s),
                                                                                 line(Nut, u"4.500"_s, u"45.0000"_s),
                                                                                 line(Bolt, u"2.000"_s, u"100.0000"_s)}));
        post(ctx);
        const auto error = failureOf([&] { writeAndCheck(ctx); });
        QVERIFY(error);
        QCOMPARE(error->code, ErrorCode::Validation);
        QCOMPARE(error->field, u"lines[2].quantity"_s);
        QCOMPARE(error->message.split(u'\n'),
                 (QStringList{u"lines[2].quantity: Nut M8: not enough free stock to reserve; 2.5 short"_s,
                              u"lines[3].quantity: Bolt M8: not enough free stock to reserve; 1 short"_s}));
    }

    // In the user's language, numbers as the user writes them.
    void salesOrderShortfallSpeaksTheUsersNumbers()
    {
        setStock(Main, Nut, u"2.000"_s, u"20.0000"_s);
        const erp::i18n::ThreadLanguage czech(u"cs"_s);
        PostingContext ctx =
            context(u"sales_orders"_s, document(salesHeader(), {line(Nut, u"4.500"_s, u"45.0000"_s)}));
        post(ctx);
        const auto error = failureOf([&] { writeAndCheck(ctx); });
        QVERIFY(error);
        QVERIFY2(error->message.contains(u"2,5"_s), qPrintable(error->message));
    }

    void salesOrderFailsWhenReservationExceedsFreeStock()
    {
        setStock(Main, Bolt, u"3.000"_s, u"100.0000"_s);
        m_data->add(u"reservations"_s, reservedDims(Order, 1, Bolt), {{u"quantity"_s, u"1.000"_s}}); // another order's
        PostingContext ctx =
            context(u"sales_orders"_s, document(salesHeader(), {line(Bolt, u"3.000"_s, u"150.0000"_s)}));
        post(ctx);
        const auto error = failureOf([&] { writeAndCheck(ctx); });
        QVERIFY(error);
        QCOMPARE(error->code, ErrorCode::Validation);
        QCOMPARE(error->field, u"lines[1].quantity"_s);
        QVERIFY2(error->message.endsWith(u"; 1 short"_s), qPrintable(error->message));
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
        QCOMPARE(error->field, u"lines[1].quantity"_s);
        QVERIFY2(error->message.endsWith(u"; 3 short"_s), qPrintable(error->message));
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
        QCOMPARE(registers(ctx),
                 (QStringList{u"invoices_to_credit"_s, u"ledger"_s, u"sales"_s, u"settlements"_s}));
        QCOMPARE(rows(ctx, u"settlements"_s), QStringList{settlement(+1, ThisDocument, "121")});
        QCOMPARE(rows(ctx, u"ledger"_s), (QStringList{entry("311", "604", "100"), entry("311", "343", "21")}));
        // The revenue is recognized when invoiced, goods and services alike; its cost is the shipment's.
        QCOMPARE(rows(ctx, u"sales"_s), QStringList{sale(Bolt, "2", "100", "0")});
        QCOMPARE(rows(ctx, u"invoices_to_credit"_s), QStringList{toCredit(+1, ThisDocument, Bolt, "2", "100")});
    }

    // --- order progress of invoices ----------------------------------------------------------

    void salesInvoiceOfAShipmentClosesWhatItInvoicesOfTheShipment()
    {
        setOrder({line(Bolt, u"3.000"_s, u"150.0000"_s), line(Delivery, u"1.000"_s, u"30.0000"_s)});
        m_data->setObject(u"shipments"_s, Shipment, map({{u"sales_order"_s, Order}}));
        PostingContext ctx = context(u"sales_invoices"_s,
                                     invoiceOf(QCborValue(QCborValue::Null), Shipment,
                                               {line(Bolt, u"2.000"_s, u"100.0000"_s, 1),
                                                line(Delivery, u"1.000"_s, u"30.0000"_s, 2)}));
        post(ctx);
        // Goods from the shipment that delivered them; the service (never shipped) from the order.
        QCOMPARE(rows(ctx, u"orders_to_invoice"_s),
                 (QStringList{toInvoice(-1, Order, 1, Shipment, Bolt, "2", "100"),
                              toInvoice(-1, Order, 2, QCborValue(QCborValue::Null), Delivery, "1", "30")}));
        QVERIFY(ctx.explain);
    }

    void salesInvoiceOnOrderClosesItsOrderLines()
    {
        setOrder({line(Bolt, u"3.000"_s, u"150.0000"_s), line(Bolt, u"-1.000"_s, u"-50.0000"_s)}, u"on_order"_s);
        PostingContext ctx = context(u"sales_invoices"_s, invoiceOf(Order, QCborValue(QCborValue::Null),
                                                                    {line(Bolt, u"-1.000"_s, u"-50.0000"_s, 2)}));
        post(ctx);
        // A return line is credited as its own line, never netted with the sale.
        QCOMPARE(rows(ctx, u"orders_to_invoice"_s),
                 QStringList{toInvoice(-1, Order, 2, QCborValue(QCborValue::Null), Bolt, "1", "50")});
    }

    void salesInvoiceOfAnOrderInvoicedOnShipmentNamesTheShipment()
    {
        setOrder({line(Bolt, u"3.000"_s, u"150.0000"_s)});
        PostingContext ctx = context(u"sales_invoices"_s, invoiceOf(Order, QCborValue(QCborValue::Null),
                                                                    {line(Bolt, u"1.000"_s, u"50.0000"_s, 1)}));
        const auto error = failureOf([&] { post(ctx); });
        QVERIFY(error);
        QCOMPARE(error->field, u"shipment"_s);
    }

    // Made by hand against an order: each line takes the first order line of its product that
    // can still take it whole.
    void salesInvoiceByHandFindsItsOrderLines()
    {
        setOrder({line(Bolt, u"2.000"_s, u"100.0000"_s), line(Bolt, u"3.000"_s, u"150.0000"_s)}, u"on_order"_s);
        const QCborValue none(QCborValue::Null);
        m_data->add(u"orders_to_invoice"_s,
                    map({{u"sales_order"_s, Order}, {u"order_line"_s, 1}, {u"shipment"_s, none}, {u"product"_s, Bolt}}),
                    {{u"quantity"_s, u"2.000"_s}});
        m_data->add(u"orders_to_invoice"_s,
                    map({{u"sales_order"_s, Order}, {u"order_line"_s, 2}, {u"shipment"_s, none}, {u"product"_s, Bolt}}),
                    {{u"quantity"_s, u"3.000"_s}});
        QCborMap invoice = invoiceOf(Order, none, {line(Bolt, u"3.000"_s, u"150.0000"_s), line(Bolt, u"2.000"_s, u"100.0000"_s)});
        RecalcContext ctx{*m_data, u"sales_invoices"_s, invoice};
        recalculate(ctx);
        QCOMPARE(lineOf(ctx.document, 1).value(u"order_line"_s).toInteger(), 2);
        QCOMPARE(lineOf(ctx.document, 2).value(u"order_line"_s).toInteger(), 1);
    }

    // "Based on": an invoice of an order proposes what each line has still to invoice; of a
    // shipment, what the shipment delivered and is not yet invoiced; nothing when nothing remains.
    void invoiceProposalsAreWhatRemainsPerLine()
    {
        const QCborValue none(QCborValue::Null);
        auto proposed = [&](const QString &from, const QCborMap &source, qint64 id) {
            const erp::core::BasedOnRule *rule = m_areas.basedOn(from, u"sales_invoices"_s);
            const QCborMap proposal = erp::core::proposeBasedOn(
                *rule, *m_data, source, id, {u"sales_order"_s, u"shipment"_s, u"partner"_s},
                {u"product"_s, u"quantity"_s, u"price"_s, u"order_line"_s});
            QStringList out;
            for (const QCborValue &l : proposal.value(u"sections"_s).toMap().value(u"lines"_s).toArray())
                out.append(u"%1@%2"_s.arg(l.toMap().value(u"quantity"_s).toString())
                               .arg(l.toMap().value(u"order_line"_s).toInteger()));
            return out;
        };
        QCborMap header = salesHeader();
        header.insert(u"invoicing"_s, u"on_order"_s);
        const QCborMap order = document(header, {line(Bolt, u"3.000"_s, u"150.0000"_s), line(Bolt, u"2.000"_s, u"100.0000"_s)});
        m_data->add(u"orders_to_invoice"_s,
                    map({{u"sales_order"_s, Order}, {u"order_line"_s, 1}, {u"shipment"_s, none}, {u"product"_s, Bolt}}),
                    {{u"quantity"_s, u"1.000"_s}});
        QCOMPARE(proposed(u"sales_orders"_s, order, Order), QStringList{u"1.000@1"_s}); // line 2 all invoiced
        // A shipment of 2 on line 1 and 1 on line 2, of which line 1 is invoiced.
        const QCborMap shipment =
            document(salesHeader(Order), {line(Bolt, u"2.000"_s, u"100.0000"_s, 1), line(Bolt, u"1.000"_s, u"50.0000"_s, 2)});
        m_data->add(u"orders_to_invoice"_s,
                    map({{u"sales_order"_s, Order}, {u"order_line"_s, 2}, {u"shipment"_s, Shipment}, {u"product"_s, Bolt}}),
                    {{u"quantity"_s, u"1.000"_s}});
        QCOMPARE(proposed(u"shipments"_s, shipment, Shipment), QStringList{u"1.000@2"_s});
        m_data->add(u"orders_to_invoice"_s,
                    map({{u"sales_order"_s, Order}, {u"order_line"_s, 2}, {u"shipment"_s, Shipment}, {u"product"_s, Bolt}}),
                    {{u"quantity"_s, u"-1.000"_s}});
        QCOMPARE(proposed(u"shipments"_s, shipment, Shipment), QStringList{});
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
        QCOMPARE(rows(ctx, u"sales"_s), QStringList{sale(Bolt, "2", "2500", "0")}); // in crowns, as the ledger
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
};

QTEST_GUILESS_MAIN(TestSalesPostings)
#include "tst_salespostings.moc"
