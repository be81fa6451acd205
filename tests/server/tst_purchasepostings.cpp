// Postings of purchasing: orders, supplier invoices, outgoing payments, returns to suppliers.
// Pure: a document in, register rows out, read through a FakeDataSource; no server, no database.
#include "postingfixture.h"

class TestPurchasePostings : public QObject, protected PostingFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUp(); }
    void init() { reset(); }

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
};

QTEST_GUILESS_MAIN(TestPurchasePostings)
#include "tst_purchasepostings.moc"
