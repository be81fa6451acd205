// Postings of sales: orders, invoices, incoming payments, returns, prices and rates.
// Pure: a document in, register rows out, read through a FakeDataSource; no server, no database.
#include "postingfixture.h"

class TestSalesPostings : public QObject, protected PostingFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUp(); }
    void init() { reset(); }

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
        QCOMPARE(registers(ctx),
                 (QStringList{u"invoices_to_credit"_s, u"ledger"_s, u"sales"_s, u"settlements"_s}));
        QCOMPARE(rows(ctx, u"settlements"_s), QStringList{settlement(+1, ThisDocument, "121")});
        QCOMPARE(rows(ctx, u"ledger"_s), (QStringList{entry("311", "604", "100"), entry("311", "343", "21")}));
        // The revenue is recognized when invoiced, goods and services alike; its cost is the shipment's.
        QCOMPARE(rows(ctx, u"sales"_s), QStringList{sale(Bolt, "2", "100", "0")});
        QCOMPARE(rows(ctx, u"invoices_to_credit"_s), QStringList{toCredit(+1, ThisDocument, Bolt, "2", "100")});
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
