// Credit notes, customer returns, refunds and what the sales register records of them, pure:
// a document in, register rows out, read through a FakeDataSource.
#include "postingfixture.h"

class TestCreditPostings : public QObject, protected PostingFixture
{
    Q_OBJECT

    // A posted invoice of the fixture's customer, dated before Today, that left to credit 4 nuts
    // for 100, 1 delivery for 10 and 2 bolts for 100.
    void setInvoice()
    {
        m_data->setObject(u"sales_invoices"_s, Invoice,
                          map({{u"date"_s, u"2026-03-01T09:00:00.000Z"_s},
                               {u"status"_s, u"posted"_s},
                               {u"number"_s, u"FV-0001"_s},
                               {u"organization"_s, Org},
                               {u"counterparty"_s, CustomerParty}}));
        for (const auto &[product, quantity, amount] :
             {std::tuple{Nut, u"4.000"_s, u"100.0000"_s}, std::tuple{Delivery, u"1.000"_s, u"10.0000"_s},
              std::tuple{Bolt, u"2.000"_s, u"100.0000"_s}})
            m_data->add(u"invoices_to_credit"_s, map({{u"invoice"_s, Invoice}, {u"product"_s, product}}),
                        {{u"quantity"_s, quantity}, {u"amount"_s, amount}});
    }

    QCborMap creditNote(const QString &net, const QString &vat, const QString &total, bool goodsBack,
                        const QList<QCborMap> &lines)
    {
        QCborMap header = commercialHeader(Customer, CustomerParty, net, vat, total);
        header.insert(u"sales_invoice"_s, Invoice);
        header.insert(u"goods_back"_s, goodsBack);
        return document(header, lines);
    }

    void owe(qint64 invoice, const QString &amount)
    {
        m_data->add(u"settlements"_s,
                    map({{u"organization"_s, Org}, {u"counterparty"_s, CustomerParty}, {u"invoice"_s, invoice}}),
                    {{u"amount"_s, amount}});
    }

private Q_SLOTS:
    void initTestCase() { setUp(); }
    void init() { reset(); }

    // --- what an invoice leaves to credit --------------------------------------------------

    // A return taken in on a negative order line is credited by the invoice that bills it: the
    // invoice leaves to credit its lines of a product net, and nothing of a product it only takes back.
    void invoiceLeavesToCreditWhatItsLinesOfAProductAddUpTo()
    {
        PostingContext ctx =
            context(u"sales_invoices"_s,
                    document(commercialHeader(Customer, CustomerParty, u"130.0000"_s, u"27.3000"_s, u"157.3000"_s),
                             {line(Bolt, u"5.000"_s, u"250.0000"_s), line(Bolt, u"-2.000"_s, u"-100.0000"_s),
                              line(Nut, u"-1.000"_s, u"-20.0000"_s)}));
        post(ctx);
        QCOMPARE(rows(ctx, u"invoices_to_credit"_s), QStringList{toCredit(+1, ThisDocument, Bolt, "3", "150")});
        // The register records every line: the return line lowers the revenue, as in the ledger.
        QCOMPARE(rows(ctx, u"sales"_s), (QStringList{sale(Bolt, "5", "250", "0"), sale(Bolt, "-2", "-100", "0"),
                                                     sale(Nut, "-1", "-20", "0")}));
    }

    // An invoice of net negative total (only returns) books the sides swapped, never a negative amount.
    void invoiceOfOnlyReturnsBooksTheSidesSwapped()
    {
        PostingContext ctx =
            context(u"sales_invoices"_s,
                    document(commercialHeader(Customer, CustomerParty, u"-20.0000"_s, u"-4.2000"_s, u"-24.2000"_s),
                             {line(Nut, u"-1.000"_s, u"-20.0000"_s)}));
        post(ctx);
        QCOMPARE(rows(ctx, u"ledger"_s), (QStringList{entry("604", "311", "20"), entry("343", "311", "4.2")}));
    }

    // Revenue in a foreign currency adds up to what the ledger books, line rounding and all.
    void invoicedRevenueAddsUpToTheLedgerInCrowns()
    {
        setRate(Eur, u"2026-03-01T00:00:00.000Z"_s, u"25.123000"_s);
        PostingContext ctx =
            context(u"sales_invoices"_s,
                    document(commercialHeader(Customer, CustomerParty, u"0.0300"_s, u"0"_s, u"0.0300"_s, Eur),
                             {line(Bolt, u"1.000"_s, u"0.0100"_s), line(Nut, u"1.000"_s, u"0.0100"_s),
                              line(Delivery, u"1.000"_s, u"0.0100"_s)}));
        post(ctx);
        // 0.03 EUR = 0.75 CZK booked; each line 0.25 (0.2512): the lines add up to 0.75.
        QCOMPARE(rows(ctx, u"ledger"_s), QStringList{entry("311", "604", "0.75")});
        QCOMPARE(rows(ctx, u"sales"_s), (QStringList{sale(Bolt, "1", "0.25", "0"), sale(Nut, "1", "0.25", "0"),
                                                     sale(Delivery, "1", "0.25", "0")}));
    }

    // A line without a product (free text) is revenue without a product.
    void invoiceLineWithoutAProductIsRevenueWithoutAProduct()
    {
        QCborMap text = line(Bolt, u"1.000"_s, u"30.0000"_s);
        text.insert(u"product"_s, QCborValue(QCborValue::Null));
        PostingContext ctx =
            context(u"sales_invoices"_s,
                    document(commercialHeader(Customer, CustomerParty, u"30.0000"_s, u"0"_s, u"30.0000"_s), {text}));
        post(ctx);
        QCOMPARE(rows(ctx, u"sales"_s), QStringList{sale(QCborValue(QCborValue::Null), "1", "30", "0")});
        QVERIFY(rows(ctx, u"invoices_to_credit"_s).isEmpty());
    }

    // --- credit notes and returns ----------------------------------------------------------

    void customerReturnTakesGoodsBackAtTheCostTheyLeftWith()
    {
        setInvoice();
        setDelivered(Customer, Nut, u"4.000"_s, u"50.0000"_s);      // 12.50 a nut
        setDelivered(OtherCustomer, Nut, u"1.000"_s, u"99.0000"_s); // not this customer's
        QCborMap doc = creditNote(u"50.0000"_s, u"10.5000"_s, u"60.5000"_s, false,
                                  {line(Nut, u"2.000"_s, u"40.0000"_s), line(Delivery, u"1.000"_s, u"10.0000"_s)});
        PostingContext ctx = context(u"customer_returns"_s, doc); // a return: the goods always come back
        post(ctx);
        QCOMPARE(registers(ctx), (QStringList{u"customer_goods"_s, u"invoices_to_credit"_s, u"ledger"_s, u"sales"_s,
                                              u"settlements"_s, u"stock"_s}));
        QCOMPARE(rows(ctx, u"stock"_s), QStringList{stock(+1, Main, Nut, "2", "25")});
        QCOMPARE(rows(ctx, u"customer_goods"_s), QStringList{delivered(-1, Nut, "2", "25")});
        QCOMPARE(rows(ctx, u"sales"_s), (QStringList{sale(Nut, "0", "0", "-25"), sale(Nut, "-2", "-40", "0"),
                                                     sale(Delivery, "-1", "-10", "0")}));
        QCOMPARE(rows(ctx, u"invoices_to_credit"_s),
                 (QStringList{toCredit(-1, Invoice, Nut, "2", "40"), toCredit(-1, Invoice, Delivery, "1", "10")}));
        QCOMPARE(rows(ctx, u"settlements"_s), QStringList{settlement(-1, Invoice, "60.5")});
        QCOMPARE(rows(ctx, u"ledger"_s),
                 (QStringList{entry("604", "311", "50"), entry("343", "311", "10.5"), entry("132", "504", "25")}));
        writeAndCheck(ctx);
        // Every product's lock row was taken before anything was read of what is left.
        QCOMPARE(m_data->locks().size(), 2);
        QCOMPARE(m_data->locks().first().reg, u"invoices_to_credit"_s);
    }

    void creditNoteWithGoodsIsTheSameAsAReturn()
    {
        setInvoice();
        setDelivered(Customer, Nut, u"4.000"_s, u"50.0000"_s);
        PostingContext ctx = context(u"credit_notes"_s, creditNote(u"40.0000"_s, u"8.4000"_s, u"48.4000"_s, true,
                                                                   {line(Nut, u"2.000"_s, u"40.0000"_s)}));
        post(ctx);
        QCOMPARE(rows(ctx, u"stock"_s), QStringList{stock(+1, Main, Nut, "2", "25")});
        QCOMPARE(rows(ctx, u"sales"_s), (QStringList{sale(Nut, "0", "0", "-25"), sale(Nut, "-2", "-40", "0")}));
    }

    // A discount after the sale: revenue and receivable go down, no goods move, no quantity.
    void priceOnlyCreditNoteMovesNoGoods()
    {
        setInvoice();
        PostingContext ctx = context(u"credit_notes"_s, creditNote(u"20.0000"_s, u"4.2000"_s, u"24.2000"_s, false,
                                                                   {line(Bolt, u"2.000"_s, u"20.0000"_s)}));
        post(ctx);
        QCOMPARE(registers(ctx), (QStringList{u"invoices_to_credit"_s, u"ledger"_s, u"sales"_s, u"settlements"_s}));
        QCOMPARE(rows(ctx, u"sales"_s), QStringList{sale(Bolt, "0", "-20", "0")});
        QCOMPARE(rows(ctx, u"invoices_to_credit"_s), QStringList{toCredit(-1, Invoice, Bolt, "0", "20")});
        QCOMPARE(rows(ctx, u"ledger"_s), (QStringList{entry("604", "311", "20"), entry("343", "311", "4.2")}));
        writeAndCheck(ctx);
    }

    void creditNoteWithGoodsNeedsAWarehouse()
    {
        setInvoice();
        QCborMap doc = creditNote(u"40.0000"_s, u"8.4000"_s, u"48.4000"_s, true, {line(Nut, u"2.000"_s, u"40.0000"_s)});
        doc.insert(u"warehouse"_s, QCborValue(QCborValue::Null));
        PostingContext ctx = context(u"credit_notes"_s, doc);
        const auto error = failureOf([&] { post(ctx); });
        QVERIFY(error);
        QCOMPARE(error->field, u"warehouse"_s);
    }

    // Never more of a line than the invoice left to credit: goods by quantity, money by amount.
    void creditNoteNeverCreditsMoreThanIsLeft_data()
    {
        QTest::addColumn<bool>("goodsBack");
        QTest::addColumn<QString>("quantity");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("field");
        QTest::newRow("three bolts of two back") << true << u"3.000"_s << u"90.0000"_s << u"lines[2].quantity"_s;
        QTest::newRow("a discount above the invoice") << false << u"2.000"_s << u"100.0100"_s << u"lines[2].amount"_s;
    }
    void creditNoteNeverCreditsMoreThanIsLeft()
    {
        QFETCH(bool, goodsBack);
        QFETCH(QString, quantity);
        QFETCH(QString, amount);
        QFETCH(QString, field);
        setInvoice();
        PostingContext ctx =
            context(u"credit_notes"_s, creditNote(u"0"_s, u"0"_s, u"0"_s, goodsBack,
                                                  {line(Nut, u"1.000"_s, u"25.0000"_s), line(Bolt, quantity, amount)}));
        post(ctx);
        const auto error = failureOf([&] { writeAndCheck(ctx); });
        QVERIFY(error);
        QCOMPARE(error->code, ErrorCode::Validation);
        QCOMPARE(error->field, field);
        QVERIFY2(error->message.contains(u"FV-0001"_s), qPrintable(error->message));
    }

    void creditNoteMustMatchItsInvoice_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QCborValue>("value");
        QTest::newRow("another counterparty") << u"counterparty"_s << QCborValue(SupplierParty);
        QTest::newRow("another currency") << u"currency"_s << QCborValue(Eur);
        QTest::newRow("dated before it") << u"date"_s << QCborValue(u"2026-02-01T09:00:00.000Z"_s);
    }
    void creditNoteMustMatchItsInvoice()
    {
        QFETCH(QString, field);
        QFETCH(QCborValue, value);
        setInvoice();
        QCborMap doc = creditNote(u"25.0000"_s, u"0"_s, u"25.0000"_s, false, {line(Nut, u"1.000"_s, u"25.0000"_s)});
        doc.insert(field, value);
        PostingContext ctx = context(u"credit_notes"_s, doc);
        const auto error = failureOf([&] { post(ctx); });
        QVERIFY(error);
        QCOMPARE(error->field, field);
    }

    void creditNoteOfADraftInvoiceIsRefused()
    {
        setInvoice();
        m_data->setObject(u"sales_invoices"_s, Invoice, map({{u"status"_s, u"draft"_s}}));
        PostingContext ctx = context(u"credit_notes"_s, creditNote(u"25.0000"_s, u"0"_s, u"25.0000"_s, false,
                                                                   {line(Nut, u"1.000"_s, u"25.0000"_s)}));
        const auto error = failureOf([&] { post(ctx); });
        QVERIFY(error);
        QCOMPARE(error->field, u"sales_invoice"_s);
    }

    // --- the manager and the information source a sale counts under -----------------------

    void salesDocumentTakesManagerAndSourceFromItsOrderElseThePartnerElseTheUser_data()
    {
        QTest::addColumn<bool>("withOrder");
        QTest::addColumn<bool>("partnerHasThem");
        QTest::addColumn<qint64>("manager");
        QTest::addColumn<QCborValue>("source");
        QTest::newRow("the order's") << true << true << qint64(201) << QCborValue(202);
        QTest::newRow("the partner's") << false << true << qint64(301) << QCborValue(302);
        QTest::newRow("the user saving it") << false << false << qint64(401) << QCborValue(QCborValue::Null);
    }
    void salesDocumentTakesManagerAndSourceFromItsOrderElseThePartnerElseTheUser()
    {
        QFETCH(bool, withOrder);
        QFETCH(bool, partnerHasThem);
        QFETCH(qint64, manager);
        QFETCH(QCborValue, source);
        m_data->setObject(u"sales_orders"_s, Order, map({{u"manager"_s, 201}, {u"information_source"_s, 202}}));
        if (partnerHasThem)
            m_data->setObject(u"partners"_s, Customer, map({{u"manager"_s, 301}, {u"source"_s, 302}}));
        for (const QString &kind : {u"shipments"_s, u"sales_invoices"_s}) {
            QCborMap header = salesHeader(withOrder ? QCborValue(Order) : QCborValue(QCborValue::Null));
            header.insert(u"manager"_s, QCborValue(QCborValue::Null));
            header.insert(u"information_source"_s, QCborValue(QCborValue::Null));
            if (kind == u"sales_invoices"_s)
                header.remove(u"warehouse"_s);
            RecalcContext ctx{*m_data, kind, document(header, {line(Bolt, u"1.000"_s, u"10.0000"_s)}), 401};
            recalculate(ctx);
            QCOMPARE(ctx.document.value(u"manager"_s).toInteger(), manager);
            QCOMPARE(ctx.document.value(u"information_source"_s), source);
        }
    }

    // What the clerk chose stays.
    void salesDocumentKeepsTheManagerChosen()
    {
        m_data->setObject(u"partners"_s, Customer, map({{u"manager"_s, 301}, {u"source"_s, 302}}));
        RecalcContext ctx{*m_data, u"sales_orders"_s, document(salesHeader(), {line(Bolt, u"1.000"_s, u"10.0000"_s)}),
                          401};
        recalculate(ctx);
        QCOMPARE(ctx.document.value(u"manager"_s).toInteger(), Manager);
        QCOMPARE(ctx.document.value(u"information_source"_s).toInteger(), Source);
    }

    // --- payments and refunds --------------------------------------------------------------

    // A credit note on a paid invoice left the customer owed 24.20: a refund gives exactly that back.
    void refundGivesBackWhatACreditNoteLeftOwed()
    {
        setInvoice();
        owe(Invoice, u"-24.2000"_s);
        PostingContext ctx =
            context(u"customer_refunds"_s, incomingPayment({paymentLine(u"invoice"_s, Invoice, u"24.2000"_s)}));
        post(ctx);
        QCOMPARE(registers(ctx), (QStringList{u"cash"_s, u"ledger"_s, u"settlements"_s}));
        QCOMPARE(rows(ctx, u"settlements"_s), QStringList{settlement(+1, Invoice, "24.2")});
        QCOMPARE(rows(ctx, u"cash"_s), QStringList{cash(-1, u"bank"_s, "24.2")});
        QCOMPARE(rows(ctx, u"ledger"_s), QStringList{entry("311", "221", "24.2")});
        writeAndCheck(ctx);
    }

    void refundNeverGivesBackMoreThanIsOwed()
    {
        setInvoice();
        owe(Invoice, u"-24.2000"_s);
        PostingContext ctx =
            context(u"customer_refunds"_s, incomingPayment({paymentLine(u"invoice"_s, Invoice, u"30.0000"_s)}));
        post(ctx);
        QCOMPARE(m_data->locks().size(), 1); // the invoice's lock row, before anything is written
        QCOMPARE(m_data->locks().first().reg, u"settlements"_s);
        const auto error = failureOf([&] { writeAndCheck(ctx); });
        QVERIFY(error);
        QCOMPARE(error->field, u"lines[1].amount"_s);
        QVERIFY2(error->message.contains(u"24.20"_s), qPrintable(error->message));
    }

    // "Create based on" a credit note proposes exactly what its invoice leaves the customer owed.
    void refundProposalIsWhatIsOwedToTheCustomer_data()
    {
        QTest::addColumn<QString>("owed");
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("owed to the customer") << u"-24.2000"_s << QStringList{u"82 24.20"_s};
        QTest::newRow("the customer still owes") << u"10.0000"_s << QStringList{};
    }
    void refundProposalIsWhatIsOwedToTheCustomer()
    {
        QFETCH(QString, owed);
        QFETCH(QStringList, lines);
        owe(SecondInvoice, owed);
        const erp::core::BasedOnRule *rule = m_areas.basedOn(u"credit_notes"_s, u"customer_refunds"_s);
        QVERIFY(rule);
        QCborMap note = creditNote(u"20.0000"_s, u"4.2000"_s, u"24.2000"_s, false, {});
        note.insert(u"sales_invoice"_s, SecondInvoice);
        const QCborMap proposal = erp::core::proposeBasedOn(*rule, *m_data, note, ThisDocument,
                                                            {u"partner"_s, u"counterparty"_s, u"organization"_s},
                                                            {u"invoice"_s, u"amount"_s});
        QStringList got;
        for (const QCborValue &l : proposal.value(u"sections"_s).toMap().value(u"lines"_s).toArray())
            got.append(
                u"%1 %2"_s.arg(l.toMap().value(u"invoice"_s).toInteger()).arg(l.toMap().value(u"amount"_s).toString()));
        QCOMPARE(got, lines);
        QCOMPARE(proposal.value(u"values"_s).toMap().value(u"counterparty"_s).toInteger(), CustomerParty);
    }
};

QTEST_GUILESS_MAIN(TestCreditPostings)
#include "tst_creditpostings.moc"
