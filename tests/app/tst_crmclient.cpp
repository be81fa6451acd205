// The CRM screens of the client against a real server, driven by the keyboard: the deal form's
// checklist and transitions, the pipeline (a move refused while an action of the checklist is
// missing, allowed once it is ticked), my tasks overdue first, a pushed reminder shown and
// opened, the partner card's timeline paged and filtered, and the duplicate warning for a
// known IČO. Screenshots of each screen go to $ERP_SCREENSHOT_DIR (default ./screenshots).
#include "connection.h"
#include "core/clientsession.h"
#include "core/language.h"
#include "crm/duplicatewarning.h"
#include "crm/mytasksview.h"
#include "crm/pipelinecolumn.h"
#include "crm/pipelineview.h"
#include "crm/reminderbar.h"
#include "crm/timelinemodel.h"
#include "crm/timelinepanel.h"
#include "form/answerpanel.h"
#include "form/checklistpanel.h"
#include "form/fieldeditor.h"
#include "form/decimalformat.h"
#include "form/objectform.h"
#include "form/relatedpanel.h"
#include "form/transitionactions.h"
#include "form/valuetext.h"
#include "guisession.h"
#include "guitest.h"
#include "list/listmodel.h"
#include "main/mainwindow.h"
#include "serverprocess.h"

#include <QAction>
#include <QCborArray>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace erp::app;
using erp::test::map;
using erp::test::saveScreenshot;
using erp::test::ServerProcess;
using erp::test::typeText;

namespace {

QString utc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

class TestCrmClient : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;
    QDir m_shots;
    ServerProcess m_server;
    std::unique_ptr<erp::client::Connection> m_other;
    ClientSession *m_session = nullptr;
    MainWindow *m_window = nullptr;
    QStringList m_methods;
    qint64 m_partner = 0;
    qint64 m_dealType = 0; // the deals' prescribed process

    // A deal's values with the process's type.
    QCborMap dealValues(QCborMap values) const
    {
        values.insert(QStringLiteral("deal_type"), m_dealType);
        return values;
    }

    bool hasMethod(const QString &name) const { return m_methods.contains(name); }

    qint64 create(const QString &kind, const QCborMap &values)
    {
        const erp::client::Reply r = m_other->call(QStringLiteral("catalog.create"),
                                                   map({{QStringLiteral("kind"), kind}, {QStringLiteral("values"), values}}));
        if (!r.ok)
            qWarning() << kind << r.error.message;
        return r.result.toMap().value(QStringLiteral("id")).toInteger();
    }

    qint64 createDocument(const QString &kind, const QCborMap &values)
    {
        const erp::client::Reply r = m_other->call(QStringLiteral("document.create"),
                                                   map({{QStringLiteral("kind"), kind}, {QStringLiteral("values"), values}}));
        if (!r.ok)
            qWarning() << kind << r.error.message;
        return r.result.toMap().value(QStringLiteral("id")).toInteger();
    }

    void shoot(QWidget *w, const QString &name) { saveScreenshot(w, m_shots, name); }

    void closeTabs()
    {
        for (int i = m_window->tabs()->count() - 1; i >= 0; --i) {
            QWidget *w = m_window->tabs()->widget(i);
            m_window->tabs()->removeTab(i);
            w->deleteLater();
        }
        QCoreApplication::processEvents();
    }

    ObjectForm *openedForm(const QString &kind, qint64 id)
    {
        ObjectForm *form = m_window->openForm(kind, id);
        return QTest::qWaitFor([form] { return form->isLoaded(); }, 10000) ? form : nullptr;
    }


    KindInfo describe(const QString &kind)
    {
        auto info = std::make_shared<std::optional<KindInfo>>();
        m_session->describe(kind, this, [info](const KindInfo &i) { *info = i; });
        if (!QTest::qWaitFor([info] { return info->has_value(); }, 10000))
            qWarning() << kind << "was not described";
        return info->value_or(KindInfo());
    }

    // The deal's workflow state now.
    QString stateOf(const QString &kind, qint64 id)
    {
        return m_other->call(QStringLiteral("document.read"), map({{QStringLiteral("kind"), kind}, {QStringLiteral("id"), id}}))
            .result.toMap()
            .value(QStringLiteral("status"))
            .toString();
    }

    QCborArray checklistOf(const QString &kind, qint64 id)
    {
        return m_other->call(QStringLiteral("document.history"), map({{QStringLiteral("kind"), kind}, {QStringLiteral("id"), id}}))
            .result.toMap()
            .value(QStringLiteral("actions"))
            .toArray();
    }

    bool runTransition(const QString &kind, qint64 id, const QString &transition)
    {
        const QCborMap read = m_other->call(QStringLiteral("document.read"), map({{QStringLiteral("kind"), kind}, {QStringLiteral("id"), id}}))
                                  .result.toMap();
        const auto r = m_other->call(QStringLiteral("document.transition"),
                                     map({{QStringLiteral("kind"), kind}, {QStringLiteral("id"), id},
                                          {QStringLiteral("version"), read.value(QStringLiteral("version"))},
                                          {QStringLiteral("transition"), transition}}));
        if (!r.ok)
            qWarning() << transition << r.error.message;
        return r.ok;
    }

    // A new deal walked forward through the open stages until one asks for actions before it
    // may be left; 0 when none does.
    qint64 dealWithAChecklist(const QString &subject)
    {
        const qint64 deal = createDocument(QStringLiteral("deals"),
                                           dealValues(map({{QStringLiteral("subject"), subject}, {QStringLiteral("partner"), m_partner},
                                                           {QStringLiteral("expected_amount"), QStringLiteral("250000.00")}})));
        for (const QString &t : {QStringLiteral("to_qualification"), QStringLiteral("to_proposal"), QStringLiteral("to_negotiation")}) {
            if (!deal || !checklistOf(QStringLiteral("deals"), deal).isEmpty())
                break;
            if (!runTransition(QStringLiteral("deals"), deal, t))
                return 0;
        }
        return deal && !checklistOf(QStringLiteral("deals"), deal).isEmpty() ? deal : 0;
    }

    // A document made from another one (document.basedOn) with these values added, posted.
    qint64 createFrom(const QString &kind, const QString &fromKind, qint64 fromId, const QCborMap &more)
    {
        const erp::client::Reply proposal = m_other->call(
            QStringLiteral("document.basedOn"),
            map({{QStringLiteral("kind"), kind}, {QStringLiteral("from"), map({{QStringLiteral("kind"), fromKind}, {QStringLiteral("id"), fromId}})}}));
        if (!proposal.ok) {
            qWarning() << kind << proposal.error.message;
            return 0;
        }
        QCborMap values = proposal.result.toMap().value(QStringLiteral("values")).toMap();
        for (auto it = more.constBegin(); it != more.constEnd(); ++it)
            values.insert(it.key(), it.value());
        const erp::client::Reply r = m_other->call(
            QStringLiteral("document.create"),
            map({{QStringLiteral("kind"), kind}, {QStringLiteral("values"), values},
                 {QStringLiteral("sections"), proposal.result.toMap().value(QStringLiteral("sections"))},
                 {QStringLiteral("post"), true}}));
        if (!r.ok)
            qWarning() << kind << r.error.message << r.error.field;
        return r.result.toMap().value(QStringLiteral("id")).toInteger();
    }

    // The page of the form's tabs that holds `widget`, made current.
    static void showPageOf(ObjectForm *form, QWidget *widget)
    {
        auto *pages = form->findChild<QTabWidget *>(QStringLiteral("pages"));
        for (int i = 0; pages && i < pages->count(); ++i)
            if (pages->widget(i)->isAncestorOf(widget))
                pages->setCurrentIndex(i);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        QApplication::setOrganizationName(QStringLiteral("ERP-test"));
        QApplication::setApplicationName(QStringLiteral("erp-crmclient-test"));
        setPreferredLanguage(QStringLiteral("en"));
        applyLanguage();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_shots = QDir(qEnvironmentVariable("ERP_SCREENSHOT_DIR", QDir::current().filePath(QStringLiteral("screenshots"))));
        QVERIFY(m_shots.mkpath(QStringLiteral(".")));
        QVERIFY(m_server.start({QStringLiteral("--scheduler-interval"), QStringLiteral("1")}));
        m_other = m_server.connect();
        QVERIFY(m_other);
        for (const QCborValue &m : m_other->call(QStringLiteral("system.methods"), {}).result.toArray())
            m_methods.append(m.toMap().value(QStringLiteral("name")).toString());
        QVERIFY(hasMethod(QStringLiteral("crm.pipeline")));
        m_partner = create(QStringLiteral("partners"), map({{QStringLiteral("name"), QStringLiteral("Novák Stavby s.r.o.")},
                                                            {QStringLiteral("ico"), QStringLiteral("12345678")},
                                                            {QStringLiteral("email"), QStringLiteral("info@novakstavby.cz")}}));
        QVERIFY(m_partner);
        auto stage = [](const QString &name, const QString &probability) {
            return map({{QStringLiteral("stage"), name}, {QStringLiteral("probability"), probability}});
        };
        auto action = [](const QString &stageName, const QString &name, const QString &title) {
            return map({{QStringLiteral("stage"), stageName}, {QStringLiteral("name"), name}, {QStringLiteral("title"), title}});
        };
        const erp::client::Reply r = m_other->call(
            QStringLiteral("catalog.create"),
            map({{QStringLiteral("kind"), QStringLiteral("deal_types")},
                 {QStringLiteral("values"), map({{QStringLiteral("name"), QStringLiteral("Standard sale")}})},
                 {QStringLiteral("sections"),
                  map({{QStringLiteral("stages"), QCborArray{stage(QStringLiteral("lead"), QStringLiteral("10")),
                                                             stage(QStringLiteral("qualification"), QStringLiteral("25")),
                                                             stage(QStringLiteral("proposal"), QStringLiteral("50")),
                                                             stage(QStringLiteral("negotiation"), QStringLiteral("80"))}},
                       {QStringLiteral("actions"), QCborArray{action(QStringLiteral("lead"), QStringLiteral("call"), QStringLiteral("Call the client")),
                                                              action(QStringLiteral("lead"), QStringLiteral("budget"), QStringLiteral("Ask for the budget")),
                                                              action(QStringLiteral("proposal"), QStringLiteral("offer"), QStringLiteral("Send the offer"))}}})}}));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        m_dealType = r.result.toMap().value(QStringLiteral("id")).toInteger();
        QVERIFY(erp::test::openMainWindow(m_server, &m_session, &m_window));
    }

    void cleanupTestCase()
    {
        delete m_window;
        delete m_session;
    }

    void cleanup() { closeTabs(); }

    void dealFormShowsTheChecklistAndEnablesTransitionsAsTheServerSays()
    {
        QVERIFY(hasMethod(QStringLiteral("document.transitions")));
        const qint64 deal = dealWithAChecklist(QStringLiteral("Roof for the new hall"));
        QVERIFY2(deal, "no open stage of the deal process asks for actions");
        const QString state = stateOf(QStringLiteral("deals"), deal);
        ObjectForm *form = openedForm(QStringLiteral("deals"), deal);
        QVERIFY(form);
        ChecklistPanel *checklist = form->checklist();
        QVERIFY(checklist);
        QTRY_VERIFY_WITH_TIMEOUT(checklist->isLoaded() && checklist->isVisible(), 10000);
        const QCborArray actions = checklist->actions();
        QVERIFY(!actions.isEmpty());
        QCOMPARE(checklist->list()->count(), actions.size());
        // The way on is refused while an action is missing: disabled, the reason says which.
        const KindInfo kind = describe(QStringLiteral("deals"));
        // The transition to the next stage in the workflow's order.
        QString onward;
        int index = -1;
        for (int i = 0; i < kind.workflow.states.size(); ++i)
            if (kind.workflow.states[i].name == state)
                index = i;
        QVERIFY(index >= 0 && index + 1 < kind.workflow.states.size());
        for (const WorkflowTransition &t : kind.workflow.transitions)
            if (t.from.contains(state) && !t.deletionMark && t.to == kind.workflow.states[index + 1].name)
                onward = t.name;
        QVERIFY(!onward.isEmpty());
        QAction *move = form->transitions()->action(onward);
        QVERIFY(move);
        QTRY_VERIFY_WITH_TIMEOUT(!form->transitions()->refusal(onward).isEmpty(), 10000);
        QVERIFY(!move->isEnabled());
        QVERIFY(form->transitions()->refusal(onward).contains(actions.first().toMap().value(QStringLiteral("title")).toString()));
        // Lost needs its reason: the refusal names the field by its title, not its API name.
        const QString lose = form->transitions()->refusal(QStringLiteral("lose"));
        QVERIFY2(lose.startsWith(kind.field(QStringLiteral("outcome_reason"))->title + QStringLiteral(": ")), qPrintable(lose));
        QVERIFY2(!lose.contains(QStringLiteral("outcome_reason")), qPrintable(lose));
        shoot(m_window, QStringLiteral("crm-deal-form"));

        // Ticking every action by the keyboard (Space) records who and when, and opens the way.
        checklist->list()->setFocus();
        for (int i = 0; i < actions.size(); ++i) {
            checklist->list()->setCurrentRow(i);
            QSignalSpy completed(checklist, &ChecklistPanel::actionCompleted);
            QTest::keyClick(checklist->list(), Qt::Key_Space);
            QVERIFY(completed.wait(10000));
        }
        QTRY_VERIFY_WITH_TIMEOUT(move->isEnabled(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(checklist->list()->item(0)->text().contains(QStringLiteral("admin")), 10000);
        const QCborArray done = checklistOf(QStringLiteral("deals"), deal);
        for (const QCborValue &a : done)
            QVERIFY(a.toMap().value(QStringLiteral("done")).toBool());
        shoot(m_window, QStringLiteral("crm-deal-form-done"));
        move->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(form->status() != state, 10000);
        QCOMPARE(stateOf(QStringLiteral("deals"), deal), form->status());
    }

    void pipelineMovesADealByKeyRefusedUntilTheChecklistIsDone()
    {
        QVERIFY(hasMethod(QStringLiteral("crm.pipeline")));
        const qint64 deal = dealWithAChecklist(QStringLiteral("Warehouse shelving"));
        QVERIFY2(deal, "no open stage of the deal process asks for actions");
        const QString state = stateOf(QStringLiteral("deals"), deal);
        QVERIFY(m_window->runCommand(QStringLiteral("pipeline")));
        PipelineView *pipeline = m_window->pipelineTab();
        QVERIFY(pipeline);
        QTRY_VERIFY_WITH_TIMEOUT(pipeline->isReady() && pipeline->column(state), 10000);
        PipelineColumn *column = pipeline->column(state);
        const int at = int(pipeline->columns().indexOf(column));
        QVERIFY(at + 1 < pipeline->columns().size());
        PipelineColumn *next = pipeline->columns().at(at + 1);
        QTRY_VERIFY_WITH_TIMEOUT(!column->model()->isBusy() && column->model()->rowOfId(deal) >= 0, 10000);
        QVERIFY(column->figures().value(QStringLiteral("count")).toInteger() >= 1);
        column->select(deal);
        column->view()->setFocus();
        QCOMPARE(column->currentId(), deal);
        shoot(m_window, QStringLiteral("crm-pipeline"));

        // Refused: the message names the missing action, the deal stays.
        const QString action = checklistOf(QStringLiteral("deals"), deal).first().toMap().value(QStringLiteral("title")).toString();
        QSignalSpy finished(pipeline, &PipelineView::moveFinished);
        QTest::keyClick(column->view(), Qt::Key_Right, Qt::ControlModifier);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY2(pipeline->messageText().contains(action), qPrintable(pipeline->messageText()));
        QCOMPARE(stateOf(QStringLiteral("deals"), deal), state);
        QVERIFY(column->model()->rowOfId(deal) >= 0);
        shoot(m_window, QStringLiteral("crm-pipeline-refused"));

        // Enter opens the deal; its checklist ticked there; back in the pipeline the move goes.
        QTest::keyClick(column->view(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->formTab(QStringLiteral("deals"), deal), 10000);
        ObjectForm *form = m_window->formTab(QStringLiteral("deals"), deal);
        QTRY_VERIFY_WITH_TIMEOUT(form->checklist()->isLoaded() && form->checklist()->list()->count() > 0, 10000);
        for (const QCborValue &a : checklistOf(QStringLiteral("deals"), deal)) {
            QSignalSpy completed(form->checklist(), &ChecklistPanel::actionCompleted);
            form->checklist()->complete(a.toMap().value(QStringLiteral("name")).toString());
            QVERIFY(completed.wait(10000));
        }
        m_window->tabs()->setCurrentWidget(pipeline);
        column->select(deal);
        column->view()->setFocus();
        finished.clear();
        QTest::keyClick(column->view(), Qt::Key_Right, Qt::ControlModifier);
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(pipeline->messageText()));
        QCOMPARE(stateOf(QStringLiteral("deals"), deal), next->stage());
        QTRY_VERIFY_WITH_TIMEOUT(next->model()->rowOfId(deal) >= 0 && next->currentId() == deal, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(column->model()->rowOfId(deal) < 0, 10000);
        QVERIFY(next->view()->hasFocus());
        shoot(m_window, QStringLiteral("crm-pipeline-moved"));
    }

    void myTasksListOverdueFirstInRedAndEnterOpensTheTask()
    {
        QVERIFY(hasMethod(QStringLiteral("crm.myTasks")));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 admin = m_session->userId();
        const qint64 later = createDocument(QStringLiteral("tasks"),
                                            map({{QStringLiteral("subject"), QStringLiteral("Send the price list")},
                                                 {QStringLiteral("assignee"), admin},
                                                 {QStringLiteral("partner"), m_partner},
                                                 {QStringLiteral("due_at"), utc(now.addDays(3))},
                                                 {QStringLiteral("remind_at"), utc(now.addDays(2))}}));
        const qint64 late = createDocument(QStringLiteral("tasks"),
                                           map({{QStringLiteral("subject"), QStringLiteral("Call back about the offer")},
                                                {QStringLiteral("assignee"), admin},
                                                {QStringLiteral("partner"), m_partner},
                                                {QStringLiteral("priority"), QStringLiteral("high")},
                                                {QStringLiteral("due_at"), utc(now.addDays(-2))},
                                                {QStringLiteral("remind_at"), utc(now.addDays(-3))}}));
        QVERIFY(later && late);

        QVERIFY(m_window->runCommand(QStringLiteral("myTasks")));
        MyTasksView *tasks = m_window->myTasksTab();
        QVERIFY(tasks);
        QTRY_VERIFY_WITH_TIMEOUT(tasks->isLoaded() && tasks->model()->rowCount() >= 2, 10000);
        // Overdue first, in red; the one due in three days after it, in the usual colour.
        QCOMPARE(tasks->model()->item(0, 1)->text(), QStringLiteral("Call back about the offer"));
        QCOMPARE(tasks->model()->item(0, 0)->foreground().color(), QColor(0xb0, 0x00, 0x20));
        QCOMPARE(tasks->model()->item(0, 2)->text(), QStringLiteral("Novák Stavby s.r.o."));
        int laterRow = -1;
        for (int i = 0; i < tasks->model()->rowCount(); ++i)
            if (tasks->model()->item(i, 1)->text() == QLatin1String("Send the price list"))
                laterRow = i;
        QVERIFY(laterRow > 0);
        QVERIFY(tasks->model()->item(laterRow, 0)->foreground().color() != QColor(0xb0, 0x00, 0x20));
        shoot(m_window, QStringLiteral("crm-my-tasks"));

        // Down to the later one, Enter opens it.
        tasks->view()->setFocus();
        for (int i = 0; i < laterRow; ++i)
            QTest::keyClick(tasks->view(), Qt::Key_Down);
        QTest::keyClick(tasks->view(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->formTab(QStringLiteral("tasks"), later), 10000);

        // Done tasks leave the list (a change of a task reads it again).
        const QCborMap read = m_other->call(QStringLiteral("document.read"),
                                            map({{QStringLiteral("kind"), QStringLiteral("tasks")}, {QStringLiteral("id"), later}}))
                                  .result.toMap();
        QVERIFY(m_other->call(QStringLiteral("document.transition"),
                              map({{QStringLiteral("kind"), QStringLiteral("tasks")}, {QStringLiteral("id"), later},
                                   {QStringLiteral("version"), read.value(QStringLiteral("version"))},
                                   {QStringLiteral("transition"), QStringLiteral("complete")}}))
                    .ok);
        QTRY_VERIFY_WITH_TIMEOUT(std::none_of(tasks->rows().cbegin(), tasks->rows().cend(),
                                              [&](const QCborValue &r) { return r.toMap().value(QStringLiteral("id")).toInteger() == later; }),
                                 10000);
    }

    void pushedReminderShowsABarAndOpensTheTask()
    {
        QVERIFY(hasMethod(QStringLiteral("crm.myTasks")));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 task = createDocument(QStringLiteral("tasks"),
                                           map({{QStringLiteral("subject"), QStringLiteral("Visit the building site")},
                                                {QStringLiteral("assignee"), m_session->userId()},
                                                {QStringLiteral("partner"), m_partner},
                                                {QStringLiteral("due_at"), utc(now.addSecs(3600))},
                                                {QStringLiteral("remind_at"), utc(now.addSecs(2))}}));
        QVERIFY(task);
        ReminderBar *bar = m_window->reminderBar();
        auto waiting = [bar, task] {
            for (const QCborMap &r : bar->waiting())
                if (r.value(QStringLiteral("id")).toInteger() == task)
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(waiting(), 20000);
        QVERIFY(bar->isVisible());
        QVERIFY(bar->countLabel()->isVisible());
        QCOMPARE(bar->countLabel()->text(), QStringLiteral("Reminders: %1").arg(bar->count()));
        // Reminders of other tasks (overdue ones) may wait before it: dismissed by the keyboard.
        while (bar->current().value(QStringLiteral("id")).toInteger() != task) {
            const int before = bar->count();
            bar->dismissButton()->setFocus();
            QTest::keyClick(bar->dismissButton(), Qt::Key_Space);
            QCOMPARE(bar->count(), before - 1);
        }
        QVERIFY(bar->text().contains(QStringLiteral("Visit the building site")));
        QVERIFY(bar->text().contains(QStringLiteral("Novák Stavby s.r.o.")));
        shoot(m_window, QStringLiteral("crm-reminder"));
        const int before = bar->count();
        bar->openButton()->setFocus();
        QTest::keyClick(bar->openButton(), Qt::Key_Space);
        QCOMPARE(bar->count(), before - 1);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->formTab(QStringLiteral("tasks"), task), 10000);
    }

    void partnerTimelinePagesAsTheUserScrollsAndFilters()
    {
        QVERIFY(hasMethod(QStringLiteral("crm.history")));
        const qint64 partner = create(QStringLiteral("partners"), map({{QStringLiteral("name"), QStringLiteral("Timeline Partner a.s.")}}));
        QVERIFY(partner);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 12; ++i)
            QVERIFY(createDocument(QStringLiteral("deals"),
                                   dealValues(map({{QStringLiteral("subject"), QStringLiteral("Deal %1").arg(i + 1)},
                                                   {QStringLiteral("partner"), partner},
                                                   {QStringLiteral("date"), utc(now.addDays(-20 + i))},
                                                   {QStringLiteral("expected_amount"), QStringLiteral("%1000.00").arg(i + 1)}}))));
        ObjectForm *form = openedForm(QStringLiteral("partners"), partner);
        QVERIFY(form);
        TimelinePanel *timeline = form->timeline();
        QVERIFY(timeline);
        auto *pages = form->findChild<QTabWidget *>(QStringLiteral("pages"));
        pages->setCurrentIndex(pages->indexOf(timeline->parentWidget()));
        QVERIFY(pages->currentWidget()->isAncestorOf(timeline));
        TimelineModel *model = timeline->model();
        QSignalSpy pagesLoaded(model, &TimelineModel::pageLoaded);
        model->setPageSize(5);
        model->reload();
        QTRY_VERIFY_WITH_TIMEOUT(!model->isBusy() && model->rowCount() >= 5, 10000);
        // The view asks for more as it fills and as the user goes to the end: a page at a time.
        timeline->view()->setFocus();
        for (int i = 0; i < 6 && model->hasMore(); ++i) {
            QTest::keyClick(timeline->view(), Qt::Key_End);
            QTest::qWait(200);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!model->hasMore() && !model->isBusy(), 10000);
        QVERIFY(model->rowCount() >= 12);
        QVERIFY2(pagesLoaded.count() >= 3, qPrintable(QString::number(pagesLoaded.count())));
        // Newest first.
        for (int i = 1; i < model->rowCount(); ++i)
            QVERIFY(QDateTime::fromString(model->rowAt(i - 1).value(QStringLiteral("at")).toString(), Qt::ISODateWithMs)
                    >= QDateTime::fromString(model->rowAt(i).value(QStringLiteral("at")).toString(), Qt::ISODateWithMs));
        QCOMPARE(model->index(0, TimelineModel::Kind).data().toString(), QStringLiteral("Deals"));
        // The summary says what the deal is about; its amount is in its own column, formatted.
        int deal12 = -1;
        for (int i = 0; i < model->rowCount(); ++i)
            if (model->rowAt(i).value(QStringLiteral("summary")).toString() == QLatin1String("Deal 12"))
                deal12 = i;
        QVERIFY(deal12 >= 0);
        QCOMPARE(model->index(deal12, TimelineModel::Amount).data().toString(), QStringLiteral("1,200.00")); // "%1000.00" of 12
        timeline->view()->scrollToTop();
        shoot(m_window, QStringLiteral("crm-partner-timeline"));

        // A period: from ten days ago, only the deals dated since then.
        model->setPageSize(100);
        QSignalSpy reloaded(model, &TimelineModel::pageLoaded);
        auto *from = timeline->fromEditor()->findChild<QLineEdit *>();
        from->setFocus();
        typeText(from, QLocale().toString(now.addDays(-10).toLocalTime().date(), QStringLiteral("d MMM yyyy")));
        QTest::keyClick(from, Qt::Key_Tab);
        QTRY_VERIFY_WITH_TIMEOUT(reloaded.count() > 0 && !model->isBusy(), 10000);
        for (int i = 0; i < model->rowCount(); ++i)
            QVERIFY(QDateTime::fromString(model->rowAt(i).value(QStringLiteral("at")).toString(), Qt::ISODateWithMs)
                    >= now.addDays(-11));
        QVERIFY(model->rowCount() > 0 && model->rowCount() < 24);

        // The kind filter, then Enter opens the entry's document.
        const int deals = timeline->kindFilter()->findData(QStringLiteral("deals"));
        QVERIFY(deals > 0);
        timeline->kindFilter()->setCurrentIndex(deals);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isBusy() && model->rowCount() > 0, 10000);
        for (int i = 0; i < model->rowCount(); ++i)
            QCOMPARE(model->rowAt(i).value(QStringLiteral("kind")).toString(), QStringLiteral("deals"));
        timeline->view()->setFocus();
        timeline->view()->selectRow(0);
        const qint64 first = model->rowAt(0).value(QStringLiteral("id")).toInteger();
        QTest::keyClick(timeline->view(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->formTab(QStringLiteral("deals"), first), 10000);
    }

    void duplicateWarningForAKnownIcoOffersTheExistingOne()
    {
        QVERIFY(hasMethod(QStringLiteral("crm.duplicates")));
        ObjectForm *form = openedForm(QStringLiteral("partners"), 0);
        QVERIFY(form);
        DuplicateWarning *warning = form->duplicateWarning();
        QVERIFY(warning);
        QVERIFY(warning->isHidden());
        auto *name = form->editor(QStringLiteral("name"))->findChild<QLineEdit *>();
        name->setFocus();
        typeText(name, QStringLiteral("Stavby Novák"));
        auto *ico = form->editor(QStringLiteral("ico"))->findChild<QLineEdit *>();
        ico->setFocus();
        typeText(ico, QStringLiteral("12345678"));
        // Leaving the field asks.
        QTest::keyClick(ico, Qt::Key_Tab);
        QTRY_VERIFY_WITH_TIMEOUT(warning->isVisible(), 10000);
        QCOMPARE(warning->candidates().first().toMap().value(QStringLiteral("id")).toInteger(), m_partner);
        QVERIFY(warning->list()->item(0)->text().contains(QStringLiteral("Novák Stavby s.r.o.")));
        QVERIFY(warning->list()->item(0)->text().contains(QStringLiteral("IČO")));
        shoot(m_window, QStringLiteral("crm-duplicate-warning"));

        // Saving does not save while the warning stands.
        QSignalSpy failed(form, &ObjectForm::saveFailed);
        name->setFocus();
        QTest::keyClick(name, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1, 10000);
        QCOMPARE(form->objectId(), qint64(0));
        QVERIFY(warning->isVisible());

        // Open existing (Enter in the list) opens the known partner.
        warning->list()->setFocus();
        QTest::keyClick(warning->list(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->formTab(QStringLiteral("partners"), m_partner), 10000);

        // Save anyway saves this one as it is.
        m_window->tabs()->setCurrentWidget(form);
        QSignalSpy saved(form, &ObjectForm::saved);
        warning->saveAnywayButton()->setFocus();
        QTest::keyClick(warning->saveAnywayButton(), Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(saved.count() == 1, 10000);
        QVERIFY(form->objectId() != 0 && form->objectId() != m_partner);
        QVERIFY(warning->isHidden());
    }
    // A new counterparty of a partner: another partner's entity of the same name is offered, the
    // partner's own entities are not (a partner with several legal entities is normal).
    void counterpartyDuplicateLeavesOutThePartnersOwn()
    {
        const qint64 horak = create(QStringLiteral("partners"), map({{QStringLiteral("name"), QStringLiteral("Horák Trading")}}));
        const qint64 own = create(QStringLiteral("counterparties"),
                                  map({{QStringLiteral("name"), QStringLiteral("Horák Trading a.s.")}, {QStringLiteral("partner"), horak}}));
        const qint64 stranger = create(QStringLiteral("partners"), map({{QStringLiteral("name"), QStringLiteral("Horák a syn")}}));
        const qint64 namesake = create(QStringLiteral("counterparties"),
                                       map({{QStringLiteral("name"), QStringLiteral("Horák Trading v.o.s.")}, {QStringLiteral("partner"), stranger}}));
        QVERIFY(horak && own && stranger && namesake);
        ObjectForm *form = openedForm(QStringLiteral("counterparties"), 0);
        QVERIFY(form);
        DuplicateWarning *warning = form->duplicateWarning();
        QVERIFY(warning);
        form->editor(QStringLiteral("partner"))->setValue(horak, QStringLiteral("Horák Trading"));
        auto *name = form->editor(QStringLiteral("name"))->findChild<QLineEdit *>();
        name->setFocus();
        typeText(name, QStringLiteral("Horák Trading s.r.o."));
        QTest::keyClick(name, Qt::Key_Tab);
        QTRY_VERIFY_WITH_TIMEOUT(warning->isVisible(), 10000);
        QSet<qint64> offered;
        for (const QCborValue &c : warning->candidates())
            offered.insert(c.toMap().value(QStringLiteral("id")).toInteger());
        QVERIFY(offered.contains(namesake));
        QVERIFY(!offered.contains(own));
    }

    void durationsReadAsDaysHoursAndMinutes()
    {
        QCOMPARE(AnswerPanel::durationText(QStringLiteral("76.25")), QStringLiteral("3 d 4 h"));
        QCOMPARE(AnswerPanel::durationText(QStringLiteral("24.00")), QStringLiteral("1 d 0 h"));
        QCOMPARE(AnswerPanel::durationText(QStringLiteral("5.34")), QStringLiteral("5 h 20 min"));
        QCOMPARE(AnswerPanel::durationText(QStringLiteral("0.20")), QStringLiteral("12 min"));
        QCOMPARE(AnswerPanel::durationText(QStringLiteral("0.00")), QStringLiteral("0 min"));
    }

    // The deal's Progress page: every stage it went through (who moved it, when, how long) and
    // the order made from it, shipped, invoiced and paid, with amounts in the user's format and
    // totals; a pushed move or a new payment reads them again; Enter opens a document.
    void dealProgressShowsTheStagesAndTheDocumentChain()
    {
        QVERIFY(hasMethod(QStringLiteral("crm.dealStages")));
        QVERIFY(hasMethod(QStringLiteral("crm.dealChain")));
        auto stage = [](const QString &name, const QString &probability, int days) {
            return map({{QStringLiteral("stage"), name}, {QStringLiteral("probability"), probability},
                        {QStringLiteral("expected_days"), days}});
        };
        const erp::client::Reply typeMade = m_other->call(
            QStringLiteral("catalog.create"),
            map({{QStringLiteral("kind"), QStringLiteral("deal_types")},
                 {QStringLiteral("values"), map({{QStringLiteral("name"), QStringLiteral("Project sale")}})},
                 {QStringLiteral("sections"),
                  map({{QStringLiteral("stages"), QCborArray{stage(QStringLiteral("lead"), QStringLiteral("10"), 3),
                                                             stage(QStringLiteral("qualification"), QStringLiteral("25"), 0),
                                                             stage(QStringLiteral("proposal"), QStringLiteral("50"), 10),
                                                             stage(QStringLiteral("negotiation"), QStringLiteral("80"), 14)}}})}}));
        QVERIFY2(typeMade.ok, qPrintable(typeMade.error.message));
        const qint64 type = typeMade.result.toMap().value(QStringLiteral("id")).toInteger();
        const qint64 partner = create(QStringLiteral("partners"), map({{QStringLiteral("name"), QStringLiteral("Stavebniny Dvořák a.s.")}}));
        const qint64 counterparty = create(QStringLiteral("counterparties"),
                                           map({{QStringLiteral("name"), QStringLiteral("Stavebniny Dvořák a.s.")}, {QStringLiteral("partner"), partner}}));
        const qint64 organization = create(QStringLiteral("organizations"), map({{QStringLiteral("name"), QStringLiteral("Alfa Obchod")}}));
        const qint64 warehouse = create(QStringLiteral("warehouses"),
                                        map({{QStringLiteral("name"), QStringLiteral("Sklad Brno")}, {QStringLiteral("organization"), organization}}));
        const qint64 unit = create(QStringLiteral("units"), map({{QStringLiteral("code"), QStringLiteral("ks")}, {QStringLiteral("name"), QStringLiteral("kus")}}));
        const qint64 product = create(QStringLiteral("products"), map({{QStringLiteral("name"), QStringLiteral("Lešení Layher")}, {QStringLiteral("unit"), unit}}));
        QVERIFY(partner && counterparty && organization && warehouse && product);
        {
            const erp::client::Reply r = m_other->call(
                QStringLiteral("document.create"),
                map({{QStringLiteral("kind"), QStringLiteral("goods_receipts")},
                     {QStringLiteral("values"), map({{QStringLiteral("organization"), organization}, {QStringLiteral("warehouse"), warehouse},
                                                     {QStringLiteral("date"), utc(QDateTime::currentDateTimeUtc().addDays(-5))}})},
                     {QStringLiteral("sections"), map({{QStringLiteral("lines"), QCborArray{map({{QStringLiteral("product"), product},
                                                                                                  {QStringLiteral("quantity"), QStringLiteral("10")},
                                                                                                  {QStringLiteral("price"), QStringLiteral("800")}})}}})},
                     {QStringLiteral("post"), true}}));
            QVERIFY2(r.ok, qPrintable(r.error.message));
        }

        // A saved deal with nothing made from it yet says so (not "once it is saved").
        const erp::client::Reply made = m_other->call(
            QStringLiteral("document.create"),
            map({{QStringLiteral("kind"), QStringLiteral("deals")},
                 {QStringLiteral("values"), map({{QStringLiteral("subject"), QStringLiteral("Scaffolding for the school")},
                                                 {QStringLiteral("partner"), partner}, {QStringLiteral("deal_type"), type},
                                                 {QStringLiteral("expected_amount"), QStringLiteral("14000")}})},
                 {QStringLiteral("sections"), map({{QStringLiteral("products"), QCborArray{map({{QStringLiteral("product"), product},
                                                                                               {QStringLiteral("quantity"), QStringLiteral("4")},
                                                                                               {QStringLiteral("price"), QStringLiteral("1234.50")}})}}})}}));
        QVERIFY2(made.ok, qPrintable(made.error.message));
        const qint64 deal = made.result.toMap().value(QStringLiteral("id")).toInteger();
        {
            ObjectForm *fresh = openedForm(QStringLiteral("deals"), deal);
            QVERIFY(fresh && fresh->relatedPanel() && fresh->panel(1));
            QTRY_VERIFY_WITH_TIMEOUT(fresh->relatedPanel()->isLoaded(), 10000);
            QCOMPARE(fresh->relatedPanel()->emptyText(), RelatedPanel::savedEmptyText());
            QTRY_VERIFY_WITH_TIMEOUT(fresh->panel(1)->isLoaded(), 10000);
            QCOMPARE(fresh->panel(1)->statusText(), QStringLiteral("Nothing recorded yet."));
            closeTabs();
        }
        QVERIFY(runTransition(QStringLiteral("deals"), deal, QStringLiteral("to_qualification")));
        QTest::qWait(1100); // qualification is expected to take 0 days: this visit is over time
        QVERIFY(runTransition(QStringLiteral("deals"), deal, QStringLiteral("to_proposal")));

        const QCborMap documentValues = map({{QStringLiteral("organization"), organization}, {QStringLiteral("warehouse"), warehouse},
                                             {QStringLiteral("counterparty"), counterparty}});
        const qint64 order = createFrom(QStringLiteral("sales_orders"), QStringLiteral("deals"), deal, documentValues);
        QVERIFY(order);
        const qint64 shipment = createFrom(QStringLiteral("shipments"), QStringLiteral("sales_orders"), order, {});
        QVERIFY(shipment);
        const qint64 invoice = createFrom(QStringLiteral("sales_invoices"), QStringLiteral("shipments"), shipment, {});
        QVERIFY(invoice);

        ObjectForm *form = openedForm(QStringLiteral("deals"), deal);
        QVERIFY(form);
        AnswerPanel *stages = form->panel(0);
        AnswerPanel *chain = form->panel(1);
        QVERIFY(stages && chain);
        QCOMPARE(stages->method(), QStringLiteral("crm.dealStages"));
        QCOMPARE(chain->method(), QStringLiteral("crm.dealChain"));
        showPageOf(form, stages);
        QVERIFY(stages->isVisible() && chain->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(stages->isLoaded() && stages->model()->rowCount() == 3, 10000);

        // Stages: the title, who moved it, entered (local time), left, how long, expected.
        QStandardItemModel *s = stages->model();
        QCOMPARE(s->item(0, 0)->text(), QStringLiteral("Lead"));
        QCOMPARE(s->item(1, 0)->text(), QStringLiteral("Qualification"));
        QCOMPARE(s->item(2, 0)->text(), QStringLiteral("Proposal"));
        for (int r = 0; r < 3; ++r)
            QCOMPARE(s->item(r, 1)->text(), QStringLiteral("admin"));
        const QCborArray stageRows = m_other->call(QStringLiteral("crm.dealStages"), map({{QStringLiteral("deal"), deal}}))
                                         .result.toMap().value(QStringLiteral("rows")).toArray();
        const QDateTime entered = QDateTime::fromString(stageRows[1].toMap().value(QStringLiteral("entered_at")).toString(), Qt::ISODateWithMs);
        QCOMPARE(s->item(1, 2)->text(), QLocale().toString(entered.toLocalTime(), dateTimeFormat(QLocale())));
        QVERIFY(!s->item(1, 3)->text().isEmpty());
        QVERIFY(s->item(2, 3)->text().isEmpty()); // still in the proposal
        QCOMPARE(s->item(1, 4)->text(), AnswerPanel::durationText(stageRows[1].toMap().value(QStringLiteral("hours")).toString()));
        QVERIFY2(s->item(1, 4)->text().endsWith(QStringLiteral(" min")), qPrintable(s->item(1, 4)->text()));
        QCOMPARE(s->item(0, 5)->text(), QStringLiteral("3 d"));
        QCOMPARE(s->item(1, 5)->text(), QStringLiteral("0 d"));
        QVERIFY(s->item(1, 4)->textAlignment() & Qt::AlignRight);
        // Over the expected time: red; the lead (3 days expected) is not.
        QCOMPARE(s->item(1, 0)->foreground().color(), QColor(0xb0, 0x00, 0x20));
        QVERIFY(s->item(0, 0)->foreground().color() != QColor(0xb0, 0x00, 0x20));

        // The chain: order, shipment, invoice, their numbers, states and amounts; totals under it.
        QTRY_VERIFY_WITH_TIMEOUT(chain->isLoaded() && chain->model()->rowCount() == 3, 10000);
        const QCborMap answer = m_other->call(QStringLiteral("crm.dealChain"), map({{QStringLiteral("deal"), deal}})).result.toMap();
        const QCborMap orderRow = answer.value(QStringLiteral("orders")).toArray().first().toMap();
        const QCborMap invoiceRow = answer.value(QStringLiteral("invoices")).toArray().first().toMap();
        QStandardItemModel *c = chain->model();
        QTRY_COMPARE_WITH_TIMEOUT(c->item(0, 0)->text(), describe(QStringLiteral("sales_orders")).title, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(c->item(1, 0)->text(), describe(QStringLiteral("shipments")).title, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(c->item(2, 0)->text(), describe(QStringLiteral("sales_invoices")).title, 10000);
        QCOMPARE(c->item(0, 1)->text(), orderRow.value(QStringLiteral("number")).toString());
        QCOMPARE(c->item(2, 1)->text(), invoiceRow.value(QStringLiteral("number")).toString());
        QCOMPARE(c->item(0, 2)->text(), documentDate(orderRow.value(QStringLiteral("date"))));
        QCOMPARE(c->item(2, 3)->text(), describe(QStringLiteral("sales_invoices")).workflow.stateTitle(QStringLiteral("posted")));
        const QString ordered = formatDecimal(orderRow.value(QStringLiteral("amount")).toString(), 2);
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{1,3}(,\\d{3})*\\.\\d{2}$")).match(ordered).hasMatch(), qPrintable(ordered));
        QCOMPARE(c->item(0, 4)->text(), ordered);
        QCOMPARE(c->item(2, 4)->text(), formatDecimal(invoiceRow.value(QStringLiteral("amount")).toString(), 2));
        QVERIFY(c->item(0, 4)->textAlignment() & Qt::AlignRight);
        QVERIFY2(chain->totalsText().contains(QStringLiteral("Ordered: ") + ordered), qPrintable(chain->totalsText()));
        QVERIFY2(chain->totalsText().contains(QStringLiteral("Paid: 0.00")), qPrintable(chain->totalsText()));

        // Pushed: another user moves the deal on and records the payment; both read again.
        QVERIFY(runTransition(QStringLiteral("deals"), deal, QStringLiteral("to_negotiation")));
        QTRY_VERIFY_WITH_TIMEOUT(s->rowCount() == 4 && s->item(3, 0)->text() == QLatin1String("Negotiation"), 10000);
        QVERIFY(!s->item(2, 3)->text().isEmpty()); // the proposal is left
        const qint64 payment = createFrom(QStringLiteral("incoming_payments"), QStringLiteral("sales_invoices"), invoice, {});
        QVERIFY(payment);
        QTRY_VERIFY_WITH_TIMEOUT(c->rowCount() == 4, 10000);
        const QString paid = formatDecimal(invoiceRow.value(QStringLiteral("amount")).toString(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(c->item(3, 0)->text(), describe(QStringLiteral("incoming_payments")).title, 10000);
        QCOMPARE(c->item(3, 4)->text(), paid);
        QTRY_VERIFY_WITH_TIMEOUT(chain->totalsText().contains(QStringLiteral("Paid: ") + paid), 10000);
        QVERIFY2(chain->totalsText().contains(QStringLiteral("Invoiced: ") + paid), qPrintable(chain->totalsText()));
        stages->view()->setFocus();
        shoot(m_window, QStringLiteral("crm-deal-stages"));

        // Enter on the invoice opens it.
        chain->view()->setFocus();
        chain->view()->selectRow(2);
        shoot(m_window, QStringLiteral("crm-deal-chain"));
        QTest::keyClick(chain->view(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->formTab(QStringLiteral("sales_invoices"), invoice), 10000);
    }
};

QTEST_MAIN(TestCrmClient)
#include "tst_crmclient.moc"
