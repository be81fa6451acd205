// Workflows are data: a server started with metadata in which sales orders follow an approval
// workflow (draft -> approved -> posted, a checklist to finish before leaving "approved", a
// field that must be filled before approving) moves orders only as the workflow says, posts
// them on the transition into the posted state, and records who moved them when.
#include "catalogclient.h"
#include "serverprocess.h"

#include <QCborArray>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using erp::client::Reply;
using erp::protocol::ErrorCode;
using namespace erp::test;

namespace {

const char *ApprovalWorkflow = R"({
  "workflow": "approval",
  "history": true,
  "states": [
    {"name": "draft", "title": "Draft"},
    {"name": "approved", "title": "Approved", "actions": [
      {"name": "stock_checked", "title": "Stock checked"},
      {"name": "customer_called", "title": "Customer called"}
    ]},
    {"name": "posted", "title": "Posted", "posted": true}
  ],
  "transitions": [
    {"name": "approve", "title": "Approve", "from": ["draft"], "to": "approved", "right": "write", "requires": ["counterparty"]},
    {"name": "reject", "title": "Reject", "from": ["approved"], "to": "draft", "right": "write"},
    {"name": "post", "title": "Post", "from": ["approved", "posted"], "to": "posted", "right": "post"},
    {"name": "unpost", "title": "Unpost", "from": ["posted"], "to": "approved", "right": "post"},
    {"name": "mark", "title": "Mark for deletion", "from": ["draft"], "to": "draft", "right": "write", "deletionMark": true},
    {"name": "unmark", "title": "Remove the deletion mark", "from": ["draft"], "to": "draft", "right": "write", "deletionMark": false}
  ]
})";

bool copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    const QDir source(from);
    for (const QFileInfo &entry : source.entryInfoList(QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot)) {
        const QString target = to + u'/' + entry.fileName();
        if (entry.isDir() ? !copyTree(entry.filePath(), target) : !QFile::copy(entry.filePath(), target))
            return false;
    }
    return true;
}

} // namespace

class TestWorkflow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_metadata;
    ServerProcess m_server;
    std::unique_ptr<erp::client::Connection> m_c;
    qint64 m_org = 0, m_warehouse = 0, m_product = 0, m_partner = 0, m_counterparty = 0, m_order = 0;

    QCborMap order()
    {
        return m_c
            ->call(QStringLiteral("document.read"),
                   params(QStringLiteral("sales_orders"), {{QStringLiteral("id"), m_order}}))
            .result.toMap();
    }

    Reply move(const QString &transition)
    {
        return m_c->call(QStringLiteral("document.transition"),
                         params(QStringLiteral("sales_orders"),
                                {{QStringLiteral("id"), m_order},
                                 {QStringLiteral("version"), order().value(QStringLiteral("version"))},
                                 {QStringLiteral("transition"), transition}}));
    }

    QString reserved()
    {
        const QCborArray rows =
            m_c->call(QStringLiteral("register.balances"),
                      map({{QStringLiteral("register"), QStringLiteral("reservations")},
                           {QStringLiteral("where"), map({{QStringLiteral("product"), m_product}})}}))
                .result.toMap()
                .value(QStringLiteral("rows"))
                .toArray();
        return rows.isEmpty() ? QStringLiteral("0") : rows[0].toMap().value(QStringLiteral("quantity")).toString();
    }

    qint64 createCatalog(const QString &kind, const QCborMap &values)
    {
        return erp::test::createCatalog(*m_c, kind, values);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString dir = m_metadata.path() + QStringLiteral("/metadata");
        QVERIFY(copyTree(qEnvironmentVariable("ERP_SOURCE_DIR") + QStringLiteral("/resources/metadata"), dir));
        QFile workflow(dir + QStringLiteral("/workflows/approval.json"));
        QVERIFY(workflow.open(QIODevice::WriteOnly) && workflow.write(ApprovalWorkflow) > 0);
        workflow.close();
        QFile orders(dir + QStringLiteral("/documents/sales_orders.json"));
        QVERIFY(orders.open(QIODevice::ReadOnly));
        QJsonObject declaration = QJsonDocument::fromJson(orders.readAll()).object();
        orders.close();
        declaration.insert(QStringLiteral("workflow"), QStringLiteral("approval"));
        QVERIFY(orders.open(QIODevice::WriteOnly | QIODevice::Truncate));
        orders.write(QJsonDocument(declaration).toJson());
        orders.close();

        QVERIFY(m_server.start({QStringLiteral("--metadata"), dir}));
        m_c = m_server.connect();
        QVERIFY(m_c);
        const StockedWarehouse stocked = stockedWarehouse(*m_c, QStringLiteral("10"));
        m_org = stocked.organization;
        m_warehouse = stocked.warehouse;
        m_product = stocked.product;
        QVERIFY(m_product);
        m_partner =
            createCatalog(QStringLiteral("partners"), map({{QStringLiteral("name"), QStringLiteral("Zákazník")}}));
        m_counterparty = createCatalog(
            QStringLiteral("counterparties"),
            map({{QStringLiteral("name"), QStringLiteral("Zákazník s.r.o.")}, {QStringLiteral("partner"), m_partner}}));
        const Reply r = createDocument(*m_c, QStringLiteral("sales_orders"),
                                       map({{QStringLiteral("organization"), m_org},
                                            {QStringLiteral("warehouse"), m_warehouse},
                                            {QStringLiteral("partner"), m_partner},
                                            {QStringLiteral("date"), QStringLiteral("2026-11-21T09:00:00Z")}}),
                                       {map({{QStringLiteral("product"), m_product},
                                             {QStringLiteral("quantity"), QStringLiteral("4")},
                                             {QStringLiteral("price"), QStringLiteral("100")}})},
                                       false);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        m_order = r.result.toMap().value(QStringLiteral("id")).toInteger();
        QCOMPARE(r.result.toMap().value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    }

    void describesTheWorkflowToTheClient()
    {
        const QCborMap workflow = ERP_CALL_OK(*m_c, "meta.describe", params(QStringLiteral("sales_orders")))
                                      .result.toMap()
                                      .value(QStringLiteral("workflow"))
                                      .toMap();
        QCOMPARE(workflow.value(QStringLiteral("name")).toString(), QStringLiteral("approval"));
        QCOMPARE(workflow.value(QStringLiteral("states")).toArray().size(), 3);
        QCOMPARE(workflow.value(QStringLiteral("states"))
                     .toArray()[1]
                     .toMap()
                     .value(QStringLiteral("actions"))
                     .toArray()
                     .size(),
                 2);
        QCOMPARE(workflow.value(QStringLiteral("transitions")).toArray().size(), 6);
    }

    void refusesATransitionFromAnotherState()
    {
        const int version = int(order().value(QStringLiteral("version")).toInteger());
        const Reply r = move(QStringLiteral("post"));
        QCOMPARE(r.error.code, ErrorCode::Validation);
        QCOMPARE(r.error.field, QStringLiteral("transition"));
        QCOMPARE(order().value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
        QCOMPARE(order().value(QStringLiteral("version")).toInteger(), version);
        QCOMPARE(move(QStringLiteral("fly")).error.field, QStringLiteral("transition"));
    }

    void needsItsFieldsFilledFirst()
    {
        Reply r = move(QStringLiteral("approve"));
        QCOMPARE(r.error.code, ErrorCode::Validation);
        QCOMPARE(r.error.field, QStringLiteral("counterparty"));
        QCOMPARE(order().value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
        r = m_c->call(QStringLiteral("document.update"),
                      params(QStringLiteral("sales_orders"),
                             {{QStringLiteral("id"), m_order},
                              {QStringLiteral("version"), order().value(QStringLiteral("version"))},
                              {QStringLiteral("values"), map({{QStringLiteral("counterparty"), m_counterparty}})}}));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        r = move(QStringLiteral("approve"));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(r.result.toMap().value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        QCOMPARE(reserved(), QStringLiteral("0")); // approved is not a posted state: nothing reserved yet
    }

    void leavesAStateOnlyWithItsChecklistDone()
    {
        Reply r = move(QStringLiteral("post"));
        QCOMPARE(r.error.code, ErrorCode::Validation);
        QCOMPARE(r.error.field, QStringLiteral("actions"));
        QVERIFY2(r.error.message.contains(QStringLiteral("Stock checked")), qPrintable(r.error.message));
        r = m_c->call(
            QStringLiteral("document.completeAction"),
            params(QStringLiteral("sales_orders"),
                   {{QStringLiteral("id"), m_order}, {QStringLiteral("action"), QStringLiteral("stock_checked")}}));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(r.result.toMap()
                     .value(QStringLiteral("actions"))
                     .toArray()[0]
                     .toMap()
                     .value(QStringLiteral("done"))
                     .toBool(),
                 true);
        QCOMPARE(r.result.toMap()
                     .value(QStringLiteral("actions"))
                     .toArray()[1]
                     .toMap()
                     .value(QStringLiteral("done"))
                     .toBool(),
                 false);
        r = m_c->call(QStringLiteral("document.completeAction"),
                      params(QStringLiteral("sales_orders"),
                             {{QStringLiteral("id"), m_order}, {QStringLiteral("action"), QStringLiteral("dance")}}));
        QCOMPARE(r.error.field, QStringLiteral("action"));
        r = move(QStringLiteral("post")); // the second action is still open
        QCOMPARE(r.error.field, QStringLiteral("actions"));
        QVERIFY2(r.error.message.contains(QStringLiteral("Customer called")), qPrintable(r.error.message));
        QVERIFY(m_c->call(QStringLiteral("document.completeAction"),
                          params(QStringLiteral("sales_orders"),
                                 {{QStringLiteral("id"), m_order},
                                  {QStringLiteral("action"), QStringLiteral("customer_called")}}))
                    .ok);
        r = move(QStringLiteral("post"));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(r.result.toMap().value(QStringLiteral("status")).toString(), QStringLiteral("posted"));
        QCOMPARE(reserved(), QStringLiteral("4.000"));
    }

    void takesMovementsBackWhenLeavingThePostedState()
    {
        const Reply r = move(QStringLiteral("unpost"));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(r.result.toMap().value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        QCOMPARE(reserved(), QStringLiteral("0"));
        // The deletion mark is a transition too, from draft only in this workflow.
        QCOMPARE(m_c->call(QStringLiteral("document.setDeleted"),
                           params(QStringLiteral("sales_orders"),
                                  {{QStringLiteral("id"), m_order},
                                   {QStringLiteral("version"), order().value(QStringLiteral("version"))},
                                   {QStringLiteral("deleted"), true}}))
                     .error.field,
                 QStringLiteral("transition"));
    }

    void recordsWhoMovedItWhen()
    {
        const QCborMap history = ERP_CALL_OK(*m_c, "document.history",
                                             params(QStringLiteral("sales_orders"), {{QStringLiteral("id"), m_order}}))
                                     .result.toMap();
        QStringList moves, titles;
        for (const QCborValue &row : history.value(QStringLiteral("rows")).toArray()) {
            const QCborMap m = row.toMap();
            titles.append(m.value(QStringLiteral("title")).toString());
            moves.append(QStringLiteral("%1:%2>%3:%4")
                             .arg(m.value(QStringLiteral("transition")).toString(),
                                  m.value(QStringLiteral("from")).toString(), m.value(QStringLiteral("to")).toString(),
                                  m.value(QStringLiteral("user")).toString()));
            QVERIFY(QDateTime::fromString(m.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs).isValid());
        }
        QCOMPARE(moves,
                 (QStringList{QStringLiteral("create:>draft:admin"), QStringLiteral("approve:draft>approved:admin"),
                              QStringLiteral("post:approved>posted:admin"),
                              QStringLiteral("unpost:posted>approved:admin")}));
        QCOMPARE(titles, (QStringList{QStringLiteral("Created"), QStringLiteral("Approve"), QStringLiteral("Post"),
                                      QStringLiteral("Unpost")}));
        // Back in "approved", the checklist done before is still done.
        for (const QCborValue &a : history.value(QStringLiteral("actions")).toArray())
            QVERIFY(a.toMap().value(QStringLiteral("done")).toBool());
    }

    void aViewerMayNotMoveIt()
    {
        QVERIFY(createCatalog(QStringLiteral("users"), map({{QStringLiteral("code"), QStringLiteral("viewer")},
                                                            {QStringLiteral("name"), QStringLiteral("Viewer")},
                                                            {QStringLiteral("role"), QStringLiteral("viewer")}})));
        QVERIFY(ERP_CALL_OK(*m_c, "auth.setPassword",
                            map({{QStringLiteral("login"), QStringLiteral("viewer")},
                                 {QStringLiteral("password"), QStringLiteral("Viewer-Password-1")}}))
                    .ok);
        auto viewer = m_server.connect(QStringLiteral("viewer"), QStringLiteral("Viewer-Password-1"));
        QVERIFY(viewer);
        const Reply r = viewer->call(QStringLiteral("document.transition"),
                                     params(QStringLiteral("sales_orders"),
                                            {{QStringLiteral("id"), m_order},
                                             {QStringLiteral("version"), order().value(QStringLiteral("version"))},
                                             {QStringLiteral("transition"), QStringLiteral("reject")}}));
        QCOMPARE(r.error.code, ErrorCode::Forbidden);
        QCOMPARE(order().value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        const QCborArray transitions = ERP_CALL_OK(*viewer, "meta.describe", params(QStringLiteral("sales_orders")))
                                           .result.toMap()
                                           .value(QStringLiteral("workflow"))
                                           .toMap()
                                           .value(QStringLiteral("transitions"))
                                           .toArray();
        for (const QCborValue &t : transitions)
            QVERIFY(!t.toMap().value(QStringLiteral("allowed")).toBool());
    }
};

QTEST_GUILESS_MAIN(TestWorkflow)
#include "tst_workflow.moc"
