// A long report in the desktop client against a real server (--test-reports): while it runs
// the view shows a progress bar the server's progress events fill, Esc cancels it and the view
// says Cancelled without an error; saved settings are saved from the editors, chosen back into
// them and deleted. Screenshot report-progress-en.png.
#include "core/clientsession.h"
#include "core/language.h"
#include "form/fieldeditor.h"
#include "guisession.h"
#include "guitest.h"
#include "reports/reportmodel.h"
#include "reports/reportprogress.h"
#include "reports/reportsettingsbox.h"
#include "reports/reportview.h"
#include "serverprocess.h"

#include <QComboBox>
#include <QDir>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace erp::app;
using erp::test::saveScreenshot;
using erp::test::ServerProcess;
using namespace Qt::StringLiterals;

class TestReportCancelView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;
    QDir m_shots;
    ServerProcess m_server;
    ClientSession *m_session = nullptr;
    MainWindow *m_window = nullptr;
    ReportView *m_view = nullptr;

    FieldEditor *editor(const QString &name) { return qobject_cast<FieldEditor *>(m_view->parameterEditor(name)); }

    void setSteps(qint64 steps, qint64 stepMs)
    {
        editor(u"steps"_s)->setValue(steps);
        editor(u"stepMs"_s)->setValue(stepMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(erp::test::prepareClientTest(m_config, u"erp-reportcancel-test"_s, &m_shots));
        QVERIFY(m_server.start({u"--test-reports"_s}));
        QVERIFY(erp::test::openMainWindow(m_server, &m_session, &m_window));
        m_view = new ReportView(m_session, u"test_slow"_s);
        m_view->resize(900, 500);
        m_view->show();
        QVERIFY(QTest::qWaitFor([this] { return m_view->isReady(); }, 10000));
        QVERIFY(editor(u"steps"_s) && editor(u"stepMs"_s));
    }

    void cleanupTestCase()
    {
        delete m_view;
        delete m_window;
        delete m_session;
    }

    void aLongRunShowsProgressAndEscCancelsIt()
    {
        ReportProgress *progress = m_view->progress();
        QVERIFY(!progress->isVisible());
        setSteps(3000, 10); // 30 s unless cancelled
        QSignalSpy finished(m_view, &ReportView::finished);
        m_view->run();
        QVERIFY(progress->isVisible());
        // Busy until the first progress event, then filled from them.
        QVERIFY(QTest::qWaitFor([progress] { return progress->bar()->maximum() == 1000; }, 10000));
        QVERIFY2(progress->stageText().startsWith(u"steps: "_s), qPrintable(progress->stageText()));
        QVERIFY(progress->stageText().endsWith(u" of 3000"_s));
        saveScreenshot(m_view, m_shots, u"report-progress-en"_s);
        m_view->table()->setFocus();
        QTest::keyClick(m_view->table(), Qt::Key_Escape);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!progress->isVisible());
        QVERIFY2(m_view->messageText().isEmpty(), qPrintable(m_view->messageText()));
        // The next run is whole.
        setSteps(4, 0);
        m_view->run();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().first().toBool(), true);
        QCOMPARE(m_view->model()->dataRows(), 4);
    }

    void settingsAreSavedChosenAndDeleted()
    {
        ReportSettingsBox *box = m_view->settingsBox();
        QSignalSpy loaded(box, &ReportSettingsBox::loaded);
        QSignalSpy saved(box, &ReportSettingsBox::saved);
        setSteps(7, 0);
        box->saveAs(u"Seven steps"_s);
        QVERIFY(saved.wait(10000));
        QCOMPARE(saved.first().first().toBool(), true);
        QVERIFY(loaded.wait(10000));
        const int index = box->combo()->findText(u"Seven steps"_s);
        QVERIFY(index > 0);
        QCOMPARE(box->combo()->currentIndex(), index);

        setSteps(1, 0);
        box->combo()->setCurrentIndex(0);
        Q_EMIT box->combo()->activated(index);
        QCOMPARE(editor(u"steps"_s)->value().toInteger(), 7);
        QSignalSpy finished(m_view, &ReportView::finished);
        m_view->run();
        QVERIFY(finished.wait(10000));
        QCOMPARE(m_view->model()->dataRows(), 7);

        box->combo()->setCurrentIndex(index);
        loaded.clear();
        box->removeCurrent();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(box->combo()->findText(u"Seven steps"_s), -1);

        // The administrator shares what she saves with a role.
        QVERIFY(box->shareCombo()->isVisibleTo(box));
        box->shareCombo()->setCurrentIndex(box->shareCombo()->findData(u"clerk"_s));
        saved.clear();
        loaded.clear();
        box->saveAs(u"For the counter"_s);
        QVERIFY(saved.wait(10000));
        QCOMPARE(saved.last().first().toBool(), true);
        QVERIFY(loaded.wait(10000));
        QString role;
        for (const QCborValue &v : box->settings())
            if (v.toMap().value(u"name"_s).toString() == u"For the counter"_s)
                role = v.toMap().value(u"role"_s).toString();
        QCOMPARE(role, u"clerk"_s);
        QVERIFY(box->combo()->findText(u"For the counter (for Clerk)"_s) > 0);
    }
};

QTEST_MAIN(TestReportCancelView)
#include "tst_reportcancelview.moc"
