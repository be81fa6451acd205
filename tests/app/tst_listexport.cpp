// The list's Export… in the real client against a real server: the whole filtered list
// goes to an XLSX in the list's order, Czech text intact; Ctrl+Shift+E
// and the row menu offer it.
#include "core/clientsession.h"
#include "core/language.h"
#include "guisession.h"
#include "list/listwidget.h"
#include "main/mainwindow.h"
#include "serverprocess.h"
#include "xlsxcheck.h"

#include <QAction>
#include <QApplication>
#include <QCborArray>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace erp::app;
using namespace Qt::StringLiterals;
using erp::test::map;
using erp::test::ServerProcess;

class TestListExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;
    QTemporaryDir m_dir;
    ServerProcess m_server;
    ClientSession *m_session = nullptr;
    MainWindow *m_window = nullptr;
    static constexpr int Matching = 25;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        QApplication::setOrganizationName(u"ERP-test"_s);
        QApplication::setApplicationName(u"erp-listexport-test"_s);
        setPreferredLanguage(u"en"_s);
        applyLanguage();
        QVERIFY(m_server.start());
        auto c = m_server.connect();
        QVERIFY(c);
        for (int i = 0; i < Matching + 2; ++i) {
            const QString name = i < Matching ? u"Žluťoučký kůň %1"_s.arg(i, 4, 10, QChar(u'0')) : u"Jiný %1"_s.arg(i);
            const erp::client::Reply r = c->call(u"catalog.create"_s, map({{u"kind"_s, u"partners"_s},
                                                                           {u"values"_s, map({{u"name"_s, name}})}}));
            QVERIFY2(r.ok, qPrintable(r.error.message));
        }
        QVERIFY(erp::test::openMainWindow(m_server, &m_session, &m_window));
    }

    void cleanupTestCase()
    {
        delete m_window;
        delete m_session;
    }

    void exportWritesTheWholeFilteredList()
    {
        QSignalSpy opened(m_window, &MainWindow::listOpened);
        m_window->openList(u"partners"_s);
        QVERIFY(opened.wait(10000));
        ListWidget *list = m_window->listTab(u"partners"_s);
        QVERIFY(list);
        QVERIFY(list->findChild<QAction *>(u"export"_s));
        QCOMPARE(list->findChild<QAction *>(u"export"_s)->shortcut(), QKeySequence(u"Ctrl+Shift+E"_s));
        std::unique_ptr<QMenu> menu(list->createContextMenu(list));
        QVERIFY(menu->actions().contains(list->findChild<QAction *>(u"export"_s)));
        list->setFilters(QCborArray{map({{u"field"_s, u"name"_s}, {u"op"_s, u"startsWith"_s}, {u"value"_s, u"Žluť"_s}})});

        const QString path = m_dir.filePath(u"partners.xlsx"_s);
        QSignalSpy finished(list, &ListWidget::exportFinished);
        list->exportTo(path);
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));

        const QJsonObject x = erp::test::readXlsx(path);
        const QJsonArray rows = x.value(u"rows"_s).toArray();
        // Title, blank, header, the rows, the totals row (the list's count).
        QCOMPARE(rows.size(), 3 + Matching + 1);
        const QStringList columns = list->shownColumns();
        const int nameColumn = int(columns.indexOf(u"name"_s));
        QVERIFY(nameColumn >= 0);
        for (int i = 0; i < Matching; ++i)
            QCOMPARE(erp::test::xlsxCell(x, 3 + i, nameColumn).value(u"value"_s).toString(),
                     u"Žluťoučký kůň %1"_s.arg(i, 4, 10, QChar(u'0')));
    }
};

QTEST_MAIN(TestListExport)
#include "tst_listexport.moc"
