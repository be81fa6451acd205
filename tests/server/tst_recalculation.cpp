// Every kind registered by its area, arithmetic that does not fit, and the recalculation of documents.
// Pure: a document in, register rows out, read through a FakeDataSource; no server, no database.
#include "postingfixture.h"

class TestRecalculation : public QObject, protected PostingFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUp(); }
    void init() { reset(); }

    void everyDocumentKindHasItsPosting()
    {
        QString error;
        QVERIFY2(m_areas.check(*m_model, &error), qPrintable(error));
        QStringList documents;
        for (const erp::meta::ObjectKind &k : m_model->kinds())
            if (k.isDocument() && k.workflow == u"document"_s) // deals move through stages, never posted
                documents.append(k.name);
        QCOMPARE(documents.size(), 16);
        for (const QString &kind : std::as_const(documents))
            QVERIFY2(m_areas.posting(kind), qPrintable(kind));
        for (const QString &kind : {u"goods_receipts"_s, u"shipments"_s, u"sales_orders"_s, u"sales_invoices"_s,
                                    u"incoming_payments"_s, u"customer_returns"_s, u"credit_notes"_s,
                                    u"customer_refunds"_s, u"purchase_orders"_s,
                                    u"supplier_invoices"_s, u"outgoing_payments"_s, u"supplier_returns"_s})
            QVERIFY2(m_areas.recalculation(kind), qPrintable(kind));
    }

    // --- arithmetic that does not fit ------------------------------------------------------

    void overflowingAmountsFailNamingTheField_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("field");
        QTest::newRow("goods receipt") << u"goods_receipts"_s << u"lines[2].amount"_s;
        QTest::newRow("shipment") << u"shipments"_s << u"lines[2].amount"_s;
        // (A sales order's posting keeps every line apart and adds no amounts; its totals are the
        // recalculation's, refused there.)
        QTest::newRow("customer return") << u"customer_returns"_s << u"lines[2].amount"_s;
        QTest::newRow("credit note") << u"credit_notes"_s << u"lines[2].amount"_s;
        QTest::newRow("customer refund") << u"customer_refunds"_s << u"total"_s;
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
            m_data->setObject(u"sales_invoices"_s, invoice,
                              map({{u"date"_s, u"2026-03-01T09:00:00.000Z"_s}, {u"status"_s, u"posted"_s}}));
            m_data->setObject(u"supplier_invoices"_s, invoice, map({{u"date"_s, u"2026-03-01T09:00:00.000Z"_s}}));
        }
        QCborMap doc;
        if (kind == u"incoming_payments"_s || kind == u"customer_refunds"_s)
            doc = incomingPayment(
                {paymentLine(u"invoice"_s, Invoice, Huge), paymentLine(u"invoice"_s, SecondInvoice, Huge)});
        else if (kind == u"outgoing_payments"_s)
            doc = outgoingPayment({paymentLine(u"supplier_invoice"_s, Invoice, Huge),
                                   paymentLine(u"supplier_invoice"_s, SecondInvoice, Huge)});
        else {
            QCborMap header = commercialHeader(Customer, CustomerParty, u"1.0000"_s, u"0"_s, u"1.0000"_s);
            header.insert(u"sales_invoice"_s, Invoice); // a credit note's
            doc = document(header, {line(Bolt, u"1.000"_s, Huge), line(Bolt, u"1.000"_s, Huge)});
        }
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

    // --- rates and prices as data ------------------------------------------------------------

    // An order of one line of 100 at the rate, dated; the line after the recalculation.
    QCborMap recalculatedLine(qint64 rate, const QString &date, const QString &kind = u"sales_orders"_s)
    {
        QCborMap doc = orderForRecalculation({orderLine(Bolt, u"1.000"_s, u"100.0000"_s, rate)});
        doc.insert(u"date"_s, date);
        RecalcContext ctx{*m_data, kind, doc};
        recalculate(ctx);
        return lineOf(ctx.document, 1);
    }

    void recalculationTakesThePercentageValidOnTheDocumentsDate()
    {
        QCborMap line = recalculatedLine(Reduced, u"2023-12-31T12:00:00.000Z"_s);
        QCOMPARE(plain(line.value(u"vat_percent"_s)), u"15"_s);
        QCOMPARE(plain(line.value(u"vat_amount"_s)), u"15"_s);
        line = recalculatedLine(Reduced, u"2024-01-01T12:00:00.000Z"_s);
        QCOMPARE(plain(line.value(u"vat_percent"_s)), u"12"_s);
        QCOMPARE(plain(line.value(u"vat_amount"_s)), u"12"_s);
        line = recalculatedLine(Zero, u"2026-03-10T12:00:00.000Z"_s);
        QCOMPARE(plain(line.value(u"vat_percent"_s)), u"0"_s);
        QCOMPARE(plain(line.value(u"vat_amount"_s)), u"0"_s);
        line = recalculatedLine(Exempt, u"2026-03-10T12:00:00.000Z"_s); // exempt: no VAT, no percentage
        QCOMPARE(plain(line.value(u"vat_percent"_s)), u"null"_s);
        QCOMPARE(plain(line.value(u"vat_amount"_s)), u"0"_s);
    }

    void recalculationRefusesARateWithoutAPercentageOnTheDate()
    {
        QCborMap doc = orderForRecalculation({orderLine(Bolt, u"1.000"_s, u"10.0000"_s, Exempt),
                                              orderLine(Nut, u"1.000"_s, u"10.0000"_s, Standard)});
        doc.insert(u"date"_s, u"2012-06-01T12:00:00.000Z"_s); // the standard 21 % holds from 2013
        RecalcContext ctx{*m_data, u"sales_orders"_s, doc};
        const auto error = failureOf([&] { recalculate(ctx); });
        QVERIFY2(error, "the rate was not refused");
        QCOMPARE(error->code, ErrorCode::Validation);
        QCOMPARE(error->field, u"lines[2].vat_rate"_s);
        QVERIFY2(error->message.contains(u"2012-06-01"_s), qPrintable(error->message));
        // A document not saved yet may name a rate that does not exist.
        doc = orderForRecalculation({orderLine(Bolt, u"1.000"_s, u"10.0000"_s, 999)});
        RecalcContext unsaved{*m_data, u"sales_orders"_s, doc};
        const auto none = failureOf([&] { recalculate(unsaved); });
        QVERIFY2(none, "a rate that is none was not refused");
        QCOMPARE(none->field, u"lines[1].vat_rate"_s);
    }

    // A line without a rate takes its product's, a free-text line the standard rate; a line
    // with nothing filled in yet (the clerk just added it) is no error.
    void recalculationFillsRatesFromTheProduct()
    {
        m_data->setObject(u"products"_s, Nut, map({{u"vat_rate"_s, Reduced}}));
        QCborMap freeText = orderLine(0, u"2.000"_s, u"500.0000"_s, 0);
        freeText.insert(u"product"_s, QCborValue(QCborValue::Null));
        freeText.insert(u"vat_rate"_s, QCborValue(QCborValue::Null));
        freeText.insert(u"description"_s, u"Installation on site, 2 hours"_s);
        QCborMap empty = freeText;
        empty.insert(u"description"_s, QCborValue(QCborValue::Null));
        empty.insert(u"quantity"_s, QCborValue(QCborValue::Null));
        empty.insert(u"price"_s, QCborValue(QCborValue::Null));
        QCborMap nut = orderLine(Nut, u"1.000"_s, u"100.0000"_s);
        nut.insert(u"vat_rate"_s, QCborValue(QCborValue::Null));
        QCborMap noQuantity = orderLine(Bolt, u"1.000"_s, u"100.0000"_s);
        noQuantity.insert(u"quantity"_s, QCborValue(QCborValue::Null));
        RecalcContext ctx{*m_data, u"sales_orders"_s, orderForRecalculation({nut, freeText, empty, noQuantity})};
        recalculate(ctx);
        QCOMPARE(lineOf(ctx.document, 1).value(u"vat_rate"_s).toInteger(), Reduced);
        QCOMPARE(plain(lineOf(ctx.document, 1).value(u"vat_amount"_s)), u"12"_s);
        QCOMPARE(lineOf(ctx.document, 2).value(u"vat_rate"_s).toInteger(), Standard);
        QCOMPARE(plain(lineOf(ctx.document, 2).value(u"amount"_s)), u"1000"_s);
        QCOMPARE(plain(lineOf(ctx.document, 2).value(u"vat_amount"_s)), u"210"_s);
        QCOMPARE(plain(lineOf(ctx.document, 3).value(u"vat_rate"_s)), u"null"_s);
        QCOMPARE(plain(lineOf(ctx.document, 3).value(u"vat_amount"_s)), u"0"_s);
        QCOMPARE(plain(lineOf(ctx.document, 4).value(u"amount"_s)), u"0"_s);
        QCOMPARE(plain(ctx.document.value(u"total_net"_s)), u"1100"_s);
        QCOMPARE(plain(ctx.document.value(u"total_vat"_s)), u"222"_s);
    }

    // A line without a price: the price type's at the date, else the product's sale price in a
    // sale, its purchase price in a purchase; a return takes neither (it credits what was invoiced).
    void recalculationFillsPricesFromTheProduct_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("bolt");
        QTest::addColumn<QString>("nut");
        QTest::newRow("sales order") << u"sales_orders"_s << u"10"_s << u"3"_s; // Bolt from the price type
        QTest::newRow("sales invoice") << u"sales_invoices"_s << u"4"_s << u"3"_s; // no price type on an invoice
        QTest::newRow("purchase order") << u"purchase_orders"_s << u"2"_s << u"1"_s;
        QTest::newRow("supplier invoice") << u"supplier_invoices"_s << u"2"_s << u"1"_s;
        QTest::newRow("customer return") << u"customer_returns"_s << u"null"_s << u"null"_s;
    }
    void recalculationFillsPricesFromTheProduct()
    {
        QFETCH(QString, kind);
        QFETCH(QString, bolt);
        QFETCH(QString, nut);
        m_data->addFact(u"prices"_s, moment(u"2026-03-01T00:00:00.000Z"_s), map({{u"price_type"_s, Retail}, {u"product"_s, Bolt}}),
                        map({{u"price"_s, u"10.0000"_s}}));
        m_data->setObject(u"products"_s, Bolt, map({{u"sale_price"_s, u"4.0000"_s}, {u"purchase_price"_s, u"2.0000"_s}}));
        m_data->setObject(u"products"_s, Nut, map({{u"sale_price"_s, u"3.0000"_s}, {u"purchase_price"_s, u"1.0000"_s}}));
        QCborMap doc = orderForRecalculation({orderLine(Bolt, u"1.000"_s, QCborValue(QCborValue::Null)),
                                              orderLine(Nut, u"1.000"_s, QCborValue(QCborValue::Null))});
        if (kind != u"sales_orders"_s)
            doc.remove(u"price_type"_s);
        RecalcContext ctx{*m_data, kind, doc};
        recalculate(ctx);
        QCOMPARE(plain(lineOf(ctx.document, 1).value(u"price"_s)), bolt);
        QCOMPARE(plain(lineOf(ctx.document, 2).value(u"price"_s)), nut);
    }

    // A free-text line is ordered and invoiced but never reserved, shipped or stocked; a supplier's
    // free-text line (transport) and a service are a purchased service (518), goods come with their receipt.
    void freeTextLinesAreNeverReservedNorReceived()
    {
        const QCborMap freeText = map({{u"product"_s, QCborValue(QCborValue::Null)},
                                       {u"description"_s, u"Transport"_s},
                                       {u"quantity"_s, u"1.000"_s},
                                       {u"amount"_s, u"300.0000"_s}});
        setStock(Main, Bolt, u"10.000"_s, u"100.0000"_s);
        PostingContext order = context(u"sales_orders"_s, document(salesHeader(), {line(Bolt, u"2.000"_s, u"20.0000"_s), freeText}));
        post(order);
        QCOMPARE(rows(order, u"reservations"_s), QStringList{reservation(+1, Bolt, "2")});
        QCOMPARE(rows(order, u"orders_to_ship"_s), QStringList{toShip(+1, ThisDocument, Bolt, "2")});
        PostingContext purchase = context(u"purchase_orders"_s, document(map({{u"warehouse"_s, Main}, {u"supplier"_s, Supplier}}),
                                                                         {line(Bolt, u"2.000"_s, u"20.0000"_s), freeText}));
        post(purchase);
        QCOMPARE(rows(purchase, u"orders_to_receive"_s), QStringList{toReceive(+1, ThisDocument, Bolt, "2")});
        PostingContext invoice =
            context(u"supplier_invoices"_s,
                    document(commercialHeader(Supplier, SupplierParty, u"370.0000"_s, u"77.7000"_s, u"447.7000"_s),
                             {line(Bolt, u"2.000"_s, u"20.0000"_s), freeText, line(Delivery, u"1.000"_s, u"50.0000"_s)}));
        post(invoice);
        QStringList ledger = rows(invoice, u"ledger"_s);
        ledger.sort();
        QStringList expected{entry("343", "321", "77.7"), entry("518", "321", "350")};
        expected.sort();
        QCOMPARE(ledger, expected);
        QCOMPARE(rows(invoice, u"payables"_s), QStringList{payable(+1, ThisDocument, "447.7")});
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

QTEST_GUILESS_MAIN(TestRecalculation)
#include "tst_recalculation.moc"
