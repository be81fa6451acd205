// Postings of the warehouse: goods receipts, shipments, stock transfers, inventory counts.
// Pure: a document in, register rows out, read through a FakeDataSource; no server, no database.
#include "postingfixture.h"

#include "i18n/language.h"

class TestStockPostings : public QObject, protected PostingFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUp(); }
    void init() { reset(); }

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
        QCOMPARE(registers(ctx), (QStringList{u"customer_goods"_s, u"ledger"_s, u"orders_to_invoice"_s, u"sales"_s, u"stock"_s}));
        QCOMPARE(rows(ctx, u"stock"_s), QStringList{stock(-1, Main, Bolt, "1", "33.3333")});
        // The cost of the sale; its quantity and revenue are the invoice's.
        QCOMPARE(rows(ctx, u"sales"_s), QStringList{sale(Bolt, "0", "0", "33.3333")});
        QCOMPARE(rows(ctx, u"customer_goods"_s), QStringList{delivered(+1, Bolt, "1", "33.3333")});
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
        QCOMPARE(rows(ctx, u"sales"_s), QStringList{sale(Bolt, "0", "0", "100")});
        QCOMPARE(rows(ctx, u"ledger"_s), QStringList{entry("504", "132", "100")});
    }

    void shipmentReleasesWhatItShipsOfItsOrder()
    {
        setStock(Main, Bolt, u"3.000"_s, u"100.0000"_s);
        setOrder({line(Bolt, u"3.000"_s, u"150.0000"_s)});
        m_data->add(u"orders_to_ship"_s, shipDims(Order, 1, Bolt), {{u"quantity"_s, u"3.000"_s}});
        m_data->add(u"reservations"_s, reservedDims(Order, 1, Bolt), {{u"quantity"_s, u"3.000"_s}});
        PostingContext ctx =
            context(u"shipments"_s, document(salesHeader(Order), {line(Bolt, u"2.000"_s, u"100.0000"_s, 1)}));
        post(ctx);
        QCOMPARE(registers(ctx), (QStringList{u"customer_goods"_s, u"ledger"_s, u"orders_to_invoice"_s, u"orders_to_ship"_s,
                                              u"reservations"_s, u"sales"_s, u"stock"_s}));
        QCOMPARE(rows(ctx, u"stock"_s), QStringList{stock(-1, Main, Bolt, "2", "66.6667")});
        QCOMPARE(rows(ctx, u"orders_to_ship"_s), QStringList{toShip(-1, Order, Bolt, "2")});
        QCOMPARE(rows(ctx, u"reservations"_s), QStringList{reservation(-1, Bolt, "2", Order)});
        // Invoiced on shipment: what it delivered is to invoice from this shipment.
        QCOMPARE(rows(ctx, u"orders_to_invoice"_s), QStringList{toInvoice(+1, Order, 1, ThisDocument, Bolt, "2", "100")});
        QCOMPARE(rows(ctx, u"ledger"_s), QStringList{entry("504", "132", "66.6667")});
    }

    // The same product on two order lines is two lines of progress: a shipment of line 2
    // releases line 2's reservation, never more than it holds, and nothing of line 1.
    void shipmentReleasesOnlyItsOrderLinesReservation()
    {
        setStock(Main, Bolt, u"10.000"_s, u"100.0000"_s);
        setOrder({line(Bolt, u"2.000"_s, u"100.0000"_s), line(Bolt, u"3.000"_s, u"150.0000"_s)}, u"on_order"_s);
        m_data->add(u"orders_to_ship"_s, shipDims(Order, 1, Bolt), {{u"quantity"_s, u"2.000"_s}});
        m_data->add(u"orders_to_ship"_s, shipDims(Order, 2, Bolt), {{u"quantity"_s, u"3.000"_s}});
        m_data->add(u"reservations"_s, reservedDims(Order, 1, Bolt), {{u"quantity"_s, u"2.000"_s}});
        m_data->add(u"reservations"_s, reservedDims(Order, 2, Bolt), {{u"quantity"_s, u"1.000"_s}});
        PostingContext ctx =
            context(u"shipments"_s, document(salesHeader(Order), {line(Bolt, u"2.000"_s, u"100.0000"_s, 2)}));
        post(ctx);
        QCOMPARE(rows(ctx, u"orders_to_ship"_s), QStringList{toShip(-1, Order, Bolt, "2", 2)});
        QCOMPARE(rows(ctx, u"reservations"_s), QStringList{reservation(-1, Bolt, "1", Order, 2)});
        QVERIFY(rows(ctx, u"orders_to_invoice"_s).isEmpty()); // invoiced on order: the order opened it
        writeAndCheck(ctx);
        QCOMPARE(m_data->balance(u"reservations"_s, reservedDims(Order, 1, Bolt)).value(u"quantity"_s),
                 *Decimal::parse(u"2"));
    }

    void shipmentRefusesALineTheOrderDoesNotHave()
    {
        setStock(Main, Nut, u"10.000"_s, u"150.0000"_s);
        setOrder({line(Bolt, u"1.000"_s, u"50.0000"_s)});
        auto failure = [&](const QCborMap &shipped) {
            PostingContext ctx = context(u"shipments"_s, document(salesHeader(Order), {shipped}));
            return failureOf([&] { post(ctx); });
        };
        auto error = failure(line(Nut, u"1.000"_s, u"20.0000"_s)); // no order line could be found for it
        QVERIFY(error);
        QCOMPARE(error->field, u"lines[1].order_line"_s);
        error = failure(line(Nut, u"1.000"_s, u"20.0000"_s, 1)); // line 1 is a bolt
        QVERIFY(error);
        QCOMPARE(error->field, u"lines[1].order_line"_s);
        error = failure(line(Bolt, u"-1.000"_s, u"-50.0000"_s, 1)); // a return against a sale line
        QVERIFY(error);
        QCOMPARE(error->field, u"lines[1].order_line"_s);
    }

    // A failed control of orders_to_ship names the shipment's line and what remains of the
    // order line, in the user's numbers.
    void shipmentNamesTheLineThatShipsMoreThanRemains()
    {
        setStock(Main, Bolt, u"10.000"_s, u"100.0000"_s);
        m_data->setObject(u"products"_s, Bolt, map({{u"name"_s, u"Bolt M8"_s}}));
        setOrder({line(Bolt, u"3.000"_s, u"150.0000"_s)});
        PostingContext ctx = context(u"shipments"_s, document(salesHeader(Order), {line(Bolt, u"5.500"_s, u"275.0000"_s, 1)}));
        post(ctx);
        QVERIFY(ctx.explain);
        const erp::core::Shortfall shortBy{u"quantity"_s, shipDims(Order, 1, Bolt), *Decimal::parse(u"2.5"), ctx.date,
                                           u"lines[1].quantity"_s, *Decimal::parse(u"3")};
        QCOMPARE(ctx.explain(u"orders_to_ship"_s, shortBy),
                 u"lines[1].quantity: Bolt M8: only 3 remain to ship on line 1 of the order"_s);
        const erp::i18n::ThreadLanguage czech(u"cs"_s);
        const erp::core::Shortfall half{u"quantity"_s, shipDims(Order, 1, Bolt), *Decimal::parse(u"3"), ctx.date,
                                        u"lines[1].quantity"_s, *Decimal::parse(u"2.5")};
        QVERIFY2(ctx.explain(u"orders_to_ship"_s, half).contains(u"2,5"_s), qPrintable(ctx.explain(u"orders_to_ship"_s, half)));
    }

    // A return and a sale of the same product in one order are two lines, never netted: the
    // order reserves and opens the 5 sold and the 2 to take back, each its own line, and its
    // shipment ships 5 and takes 2 back.
    void mixedOrderNeverNetsAReturnAgainstASale()
    {
        setStock(Main, Bolt, u"10.000"_s, u"100.0000"_s);
        setDelivered(Customer, Bolt, u"4.000"_s, u"40.0000"_s); // 10 a bolt for this customer
        const QList<QCborMap> lines{line(Bolt, u"5.000"_s, u"50.0000"_s), line(Bolt, u"-2.000"_s, u"-20.0000"_s)};
        PostingContext order = context(u"sales_orders"_s, document(salesHeader(), lines));
        post(order);
        QCOMPARE(rows(order, u"reservations"_s), QStringList{reservation(+1, Bolt, "5")});
        QCOMPARE(rows(order, u"orders_to_ship"_s),
                 (QStringList{toShip(+1, ThisDocument, Bolt, "5", 1), toShip(+1, ThisDocument, Bolt, "2", 2)}));
        setOrder(lines);
        m_data->add(u"orders_to_ship"_s, shipDims(Order, 1, Bolt), {{u"quantity"_s, u"5.000"_s}});
        m_data->add(u"orders_to_ship"_s, shipDims(Order, 2, Bolt), {{u"quantity"_s, u"2.000"_s}});
        m_data->add(u"reservations"_s, reservedDims(Order, 1, Bolt), {{u"quantity"_s, u"5.000"_s}});
        PostingContext shipment =
            context(u"shipments"_s, document(salesHeader(Order), {line(Bolt, u"5.000"_s, u"50.0000"_s, 1),
                                                                  line(Bolt, u"-2.000"_s, u"-20.0000"_s, 2)}));
        post(shipment);
        QCOMPARE(rows(shipment, u"stock"_s),
                 (QStringList{stock(+1, Main, Bolt, "2", "20"), stock(-1, Main, Bolt, "5", "50")}));
        QCOMPARE(rows(shipment, u"orders_to_ship"_s),
                 (QStringList{toShip(-1, Order, Bolt, "5", 1), toShip(-1, Order, Bolt, "2", 2)}));
        QCOMPARE(rows(shipment, u"reservations"_s), QStringList{reservation(-1, Bolt, "5", Order)});
        // To invoice: 5 sold and 2 to credit, as positive quantities of their own lines.
        QCOMPARE(rows(shipment, u"orders_to_invoice"_s),
                 (QStringList{toInvoice(+1, Order, 1, ThisDocument, Bolt, "5", "50"),
                              toInvoice(+1, Order, 2, ThisDocument, Bolt, "2", "20")}));
    }

    // "Based on" proposes, line by line, what each order line still has to ship (a return:
    // to take back), naming the order line; nothing when nothing remains.
    void shipmentProposalNeverExceedsWhatIsOpen()
    {
        m_data->add(u"orders_to_ship"_s, shipDims(Order, 1, Bolt), {{u"quantity"_s, u"4.000"_s}});
        m_data->add(u"orders_to_ship"_s, shipDims(Order, 2, Bolt), {{u"quantity"_s, u"3.000"_s}});
        m_data->add(u"orders_to_ship"_s, shipDims(Order, 3, Bolt), {{u"quantity"_s, u"1.000"_s}});
        const erp::core::BasedOnRule *rule = m_areas.basedOn(u"sales_orders"_s, u"shipments"_s);
        QVERIFY(rule);
        const QCborMap order =
            document(salesHeader(), {line(Bolt, u"5.000"_s, u"50.0000"_s), line(Bolt, u"3.000"_s, u"30.0000"_s),
                                     line(Bolt, u"-2.000"_s, u"-20.0000"_s), line(Delivery, u"1.000"_s, u"30.0000"_s)});
        QCborMap proposal;
        auto proposed = [&]() -> QStringList {
            proposal =
                erp::core::proposeBasedOn(*rule, *m_data, order, Order, {u"warehouse"_s, u"sales_order"_s},
                                          {u"product"_s, u"quantity"_s, u"price"_s, u"order_line"_s});
            QStringList out;
            for (const QCborValue &l : proposal.value(u"sections"_s).toMap().value(u"lines"_s).toArray())
                out.append(u"%1@%2"_s.arg(l.toMap().value(u"quantity"_s).toString())
                               .arg(l.toMap().value(u"order_line"_s).toInteger()));
            return out;
        };
        QCOMPARE(proposed(), (QStringList{u"4.000@1"_s, u"3.000@2"_s, u"-1.000@3"_s}));
        QCOMPARE(proposal.value(u"values"_s).toMap().value(u"sales_order"_s).toInteger(), Order);
        for (qint64 l : {1, 2, 3})
            m_data->add(u"orders_to_ship"_s, shipDims(Order, l, Bolt),
                        {{u"quantity"_s, l == 1 ? u"-4.000"_s : l == 2 ? u"-3.000"_s : u"-1.000"_s}});
        QCOMPARE(proposed(), QStringList{}); // all shipped: nothing to propose
    }

    void shipmentTakesNegativeLineBackAtTheCostItLeftWith()
    {
        setStock(Main, Bolt, u"3.000"_s, u"100.0000"_s);
        setDelivered(Customer, Nut, u"4.000"_s, u"50.0000"_s);      // 12.50 a nut
        setDelivered(OtherCustomer, Nut, u"1.000"_s, u"99.0000"_s); // not this customer's
        setOrder({line(Nut, u"-2.000"_s, u"-40.0000"_s), line(Bolt, u"1.000"_s, u"50.0000"_s)}, u"on_order"_s);
        m_data->add(u"orders_to_ship"_s, shipDims(Order, 1, Nut), {{u"quantity"_s, u"2.000"_s}});
        m_data->add(u"orders_to_ship"_s, shipDims(Order, 2, Bolt), {{u"quantity"_s, u"1.000"_s}});
        m_data->add(u"reservations"_s, reservedDims(Order, 2, Bolt), {{u"quantity"_s, u"1.000"_s}});
        PostingContext ctx =
            context(u"shipments"_s, document(salesHeader(Order), {line(Nut, u"-2.000"_s, u"-40.0000"_s, 1),
                                                                  line(Bolt, u"1.000"_s, u"50.0000"_s, 2)}));
        post(ctx);
        QCOMPARE(rows(ctx, u"stock"_s),
                 (QStringList{stock(-1, Main, Bolt, "1", "33.3333"), stock(+1, Main, Nut, "2", "25")}));
        QCOMPARE(rows(ctx, u"sales"_s), (QStringList{sale(Bolt, "0", "0", "33.3333"), sale(Nut, "0", "0", "-25")}));
        QCOMPARE(rows(ctx, u"customer_goods"_s),
                 (QStringList{delivered(+1, Bolt, "1", "33.3333"), delivered(-1, Nut, "2", "25")}));
        // The return closes its own line and releases no reservation; it is not locked.
        QCOMPARE(rows(ctx, u"orders_to_ship"_s), (QStringList{toShip(-1, Order, Nut, "2", 1), toShip(-1, Order, Bolt, "1", 2)}));
        QCOMPARE(rows(ctx, u"reservations"_s), QStringList{reservation(-1, Bolt, "1", Order, 2)});
        QCOMPARE(m_data->locks().size(), 1);
        QCOMPARE(m_data->locks().first().dimensions, dims(Main, Bolt));
        // Goods sold: 33.3333 out, 25 back, each a positive entry, never netted.
        QCOMPARE(rows(ctx, u"ledger"_s), (QStringList{entry("504", "132", "33.3333"), entry("132", "504", "25")}));
    }

    // A shipment carrying only a return books the sides swapped, never a negative amount.
    void shipmentOfOnlyAReturnBooksTheSidesSwapped()
    {
        setDelivered(Customer, Nut, u"2.000"_s, u"30.0000"_s);
        PostingContext ctx = context(u"shipments"_s, document(salesHeader(), {line(Nut, u"-1.000"_s, u"-20.0000"_s)}));
        post(ctx);
        QCOMPARE(registers(ctx), (QStringList{u"customer_goods"_s, u"ledger"_s, u"orders_to_invoice"_s, u"sales"_s, u"stock"_s}));
        QCOMPARE(rows(ctx, u"stock"_s), QStringList{stock(+1, Main, Nut, "1", "15")});
        QCOMPARE(rows(ctx, u"sales"_s), QStringList{sale(Nut, "0", "0", "-15")});
        QCOMPARE(rows(ctx, u"ledger"_s), QStringList{entry("132", "504", "15")});
        // Without an order the shipment itself is to invoice (here: to credit).
        QCOMPARE(rows(ctx, u"orders_to_invoice"_s),
                 QStringList{toInvoice(+1, QCborValue(QCborValue::Null), QCborValue(QCborValue::Null), ThisDocument, Nut,
                                       "1", "20")});
    }

    // Goods this customer never had from us come back at the warehouse's average cost.
    void shipmentReturnNeverDeliveredComesBackAtTheWarehouseAverage_data()
    {
        QTest::addColumn<QString>("stockCost");
        QTest::addColumn<QString>("cost");
        QTest::newRow("none in stock") << QString() << u"0"_s;
        QTest::newRow("4 in stock for 60") << u"60.0000"_s << u"15"_s;
    }
    void shipmentReturnNeverDeliveredComesBackAtTheWarehouseAverage()
    {
        QFETCH(QString, stockCost);
        QFETCH(QString, cost);
        setDelivered(OtherCustomer, Nut, u"1.000"_s, u"99.0000"_s);
        if (!stockCost.isEmpty())
            setStock(Main, Nut, u"4.000"_s, stockCost);
        PostingContext ctx = context(u"shipments"_s, document(salesHeader(), {line(Nut, u"-1.000"_s, u"-20.0000"_s)}));
        post(ctx);
        QCOMPARE(rows(ctx, u"stock"_s), QStringList{stock(+1, Main, Nut, "1", cost)});
        QCOMPARE(rows(ctx, u"customer_goods"_s), QStringList{delivered(-1, Nut, "1", cost)});
        for (const Movement &m : ctx.movements)
            if (m.registerName == u"ledger"_s)
                QVERIFY(!Decimal::parse(m.values.value(u"amount"_s).toString())->isNegative());
    }

    void shipmentOfAServiceLeavesTheSaleToItsInvoice()
    {
        setOrder({line(Delivery, u"1.000"_s, u"30.0000"_s)});
        PostingContext ctx =
            context(u"shipments"_s, document(salesHeader(Order), {line(Delivery, u"1.000"_s, u"30.0000"_s)}));
        post(ctx);
        QVERIFY(ctx.movements.isEmpty());
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
        // One reserved by this order's line, two by another order.
        setOrder({line(Bolt, u"2.000"_s, u"100.0000"_s)});
        m_data->add(u"reservations"_s, reservedDims(Order, 1, Bolt), {{u"quantity"_s, u"1.000"_s}});
        m_data->add(u"reservations"_s, reservedDims(Order + 1, 1, Bolt), {{u"quantity"_s, u"2.000"_s}});
        m_data->add(u"orders_to_ship"_s, shipDims(Order, 1, Bolt), {{u"quantity"_s, u"2.000"_s}});
        PostingContext ctx =
            context(u"shipments"_s, document(salesHeader(Order), {line(Bolt, u"2.000"_s, u"100.0000"_s, 1)}));
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
        setOrder({line(Bolt, u"2.000"_s, u"100.0000"_s)});
        m_data->add(u"reservations"_s, reservedDims(Order, 1, Bolt), {{u"quantity"_s, u"1.000"_s}});
        m_data->add(u"orders_to_ship"_s, shipDims(Order, 1, Bolt), {{u"quantity"_s, u"2.000"_s}});
        PostingContext ctx =
            context(u"shipments"_s, document(salesHeader(Order), {line(Bolt, u"2.000"_s, u"100.0000"_s, 1)}));
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
        QCOMPARE(rows(ctx, u"ledger"_s), QStringList{entry("549", "132", "30")}); // a shortage, not goods sold
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
        QCOMPARE(rows(ctx, u"ledger"_s), QStringList{entry("132", "648", "40")}); // other income, not sales
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
        QCOMPARE(rows(ctx, u"ledger"_s), QStringList{entry("132", "648", "30")});
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
        QCOMPARE(rows(ctx, u"ledger"_s), QStringList{entry("549", "132", "30")});
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
};

QTEST_GUILESS_MAIN(TestStockPostings)
#include "tst_stockpostings.moc"
