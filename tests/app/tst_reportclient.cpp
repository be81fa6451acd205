// The report view's chart, printing and export, and a document form's printed forms, in the
// desktop client against a real server: the chart pane shows the server's PNG at the pane's
// size (again after a resize, and as another chart type); Ctrl+P on a report opens the print
// preview with the PDF report.pdf makes; Export… writes the rows shown to XLSX and CSV; Ctrl+P
// on a posted sales invoice previews print.render's PDF, a modified document is saved first,
// and a kind without printed forms keeps Print disabled; a client's card shows its class
// history. Screenshots invoice-preview-en.png, partner-classes-en.png
// (the report's chart and preview are in tst_screenshots).
#include "../server/catalogclient.h"
#include "connection.h"
#include "core/clientsession.h"
#include "core/language.h"
#include "form/answerpanel.h"
#include "form/fieldeditor.h"
#include "form/objectform.h"
#include "guisession.h"
#include "guitest.h"
#include "main/mainwindow.h"
#include "print/pdfpreview.h"
#include "print/printmenu.h"
#include "reports/chartpane.h"
#include "reports/reportcommands.h"
#include "reports/reportmodel.h"
#include "reports/reportview.h"
#include "serverprocess.h"
#include "xlsxcheck.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QMenu>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace erp::app;
using erp::test::map;
using erp::test::saveScreenshot;
using erp::test::ServerProcess;
using namespace Qt::StringLiterals;

namespace {

// The prices of the invoices the test makes, by month: what sales_by_period must sum.
const QList<std::pair<QString, QString>> Invoices{{u"2026-11-10T09:00:00Z"_s, u"2000"_s},
                                                  {u"2026-11-20T09:00:00Z"_s, u"150.50"_s},
                                                  {u"2026-12-01T09:00:00Z"_s, u"500"_s}};

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        qWarning().noquote() << "pdftotext" << path << p.readAllStandardError();
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The fields of an English CSV line (RFC 4180 quoting).
QStringList csvFields(const QString &line)
{
    QStringList out{QString()};
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (c == u'"' && quoted && i + 1 < line.size() && line[i + 1] == u'"')
            out.last().append(line[++i]);
        else if (c == u'"')
            quoted = !quoted;
        else if (c == u',' && !quoted)
            out.append(QString());
        else
            out.last().append(c);
    }
    return out;
}

// The distinct colours of an image (a blank chart has one).
int colours(const QImage &image)
{
    QSet<QRgb> seen;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            seen.insert(image.pixel(x, y));
    return int(seen.size());
}

} // namespace

class TestReportClient : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;
    QTemporaryDir m_files;
    QDir m_shots;
    ServerProcess m_server;
    std::unique_ptr<erp::client::Connection> m_other;
    erp::test::SalesFixture m_fixture;
    qint64 m_invoice = 0;
    ClientSession *m_session = nullptr;
    MainWindow *m_window = nullptr;

    ReportView *openAndRun(const QString &report)
    {
        if (!m_window->runCommand(u"report:"_s + report))
            return nullptr;
        ReportView *view = m_window->reportTab(report);
        if (!view || !QTest::qWaitFor([view] { return view->isReady(); }, 10000))
            return nullptr;
        QSignalSpy finished(view, &ReportView::finished);
        view->run();
        if (!finished.wait(10000) || !finished.first().first().toBool())
            return nullptr;
        return view;
    }

    // The text of the PDF a preview holds (written by its Save PDF) and of the server's bytes.
    std::pair<QString, QString> texts(PdfPreviewDialog *dialog, const QByteArray &serverPdf, const QString &name)
    {
        const QString shown = m_files.filePath(name + u"-shown.pdf"_s);
        const QString server = m_files.filePath(name + u"-server.pdf"_s);
        QString error;
        if (!dialog->savePdf(shown, &error))
            qWarning().noquote() << error;
        QFile file(server);
        if (!file.open(QIODevice::WriteOnly) || file.write(serverPdf) != serverPdf.size())
            qWarning().noquote() << server << file.errorString();
        file.close();
        return {pdfText(shown), pdfText(server)};
    }

    // What the chart label shows now, in logical pixels.
    static QSize shownSize(ChartPane *pane) { return pane->pixmap().deviceIndependentSize().toSize(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(erp::test::prepareClientTest(m_config, u"erp-reportclient-test"_s, &m_shots));
        QVERIFY(m_server.start());
        m_other = m_server.connect();
        QVERIFY(m_other);
        m_fixture = erp::test::salesFixture(*m_other);
        QVERIFY(m_fixture.partner);
        for (const auto &[date, price] : Invoices) {
            const erp::client::Reply r = erp::test::invoiceService(*m_other, m_fixture, date, price);
            QVERIFY2(r.ok, qPrintable(r.error.message));
            m_invoice = r.result.toMap().value(u"id"_s).toInteger();
        }
        QVERIFY(m_invoice > 0);
        QVERIFY(erp::test::openMainWindow(m_server, &m_session, &m_window));
        m_window->resize(1400, 800);
    }

    void cleanupTestCase()
    {
        delete m_window;
        delete m_session;
    }

    void theChartPaneShowsThePngAtItsSize()
    {
        ReportView *view = openAndRun(u"sales_by_period"_s);
        QVERIFY(view);
        ChartPane *pane = view->chartPane();
        QVERIFY(pane->isVisible());
        QVERIFY(!pane->pixmap().isNull());
        // Drawn for the pane as it is laid out (again 200 ms after the layout gave it its size).
        QTRY_COMPARE_WITH_TIMEOUT(shownSize(pane), pane->chartSize(), 10000);
        QVERIFY(pane->width() > 300);
        QCOMPARE(pane->pixmap().devicePixelRatio(), pane->devicePixelRatioF());
        QVERIFY2(colours(pane->pixmap().toImage()) > 3, "the chart is blank");
        // Beside the table, on its right.
        QVERIFY(pane->mapTo(view, QPoint()).x() > view->table()->mapTo(view, QPoint()).x() + view->table()->width() - 1);

        // Made narrower, it is drawn again for its new size.
        auto *splitter = view->findChild<QSplitter *>(u"reportSplitter"_s);
        QVERIFY(splitter);
        const QSize before = shownSize(pane);
        const int total = splitter->sizes().at(0) + splitter->sizes().at(1);
        splitter->setSizes({total - 300, 300});
        QTRY_VERIFY_WITH_TIMEOUT(shownSize(pane) != before, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(shownSize(pane), pane->chartSize(), 10000);
        QCOMPARE(pane->chartSize(), QSize(pane->findChild<QLabel *>(u"chart"_s)->contentsRect().size()));
        QVERIFY(colours(pane->pixmap().toImage()) > 3);

        // As a pie: another picture of the same size.
        const QImage bars = pane->pixmap().toImage();
        QSignalSpy rendered(pane, &ChartPane::rendered);
        const int pie = pane->typeChoice()->findData(u"pie"_s);
        QVERIFY(pie > 0);
        pane->typeChoice()->setCurrentIndex(pie);
        Q_EMIT pane->typeChoice()->activated(pie);
        QVERIFY(rendered.wait(10000));
        QVERIFY(rendered.first().first().toBool());
        QCOMPARE(shownSize(pane), pane->chartSize());
        QVERIFY(pane->pixmap().toImage() != bars);
        pane->typeChoice()->setCurrentIndex(0);
    }

    void aReportWithoutAChartHasNoPane()
    {
        ReportView *view = openAndRun(u"stock_balances"_s);
        QVERIFY(view);
        QVERIFY(!view->chartPane()->hasChart());
        QVERIFY(view->chartPane()->isHidden());
    }

    void ctrlPPreviewsTheReportPdf()
    {
        ReportView *view = openAndRun(u"sales_by_period"_s);
        QVERIFY(view);
        QCOMPARE(view->commands()->printAction()->shortcut(), QKeySequence(QKeySequence::Print));
        view->commands()->setOrientation(QPageLayout::Landscape);
        QSignalSpy opened(view->commands(), &ReportCommands::previewOpened);
        view->table()->setFocus();
        QTest::keyClick(view->table(), Qt::Key_P, Qt::ControlModifier);
        QVERIFY(opened.wait(20000));
        auto *dialog = opened.first().first().value<PdfPreviewDialog *>();
        QVERIFY(dialog && dialog->isVisible());

        const erp::client::Reply r = m_other->call(
            u"report.pdf"_s, map({{u"report"_s, u"sales_by_period"_s}, {u"params"_s, view->parameters()},
                                   {u"orientation"_s, u"landscape"_s}}));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const int pages = int(r.result.toMap().value(u"pages"_s).toInteger());
        QVERIFY(pages >= 1);
        QCOMPARE(dialog->pageCount(), pages);
        QCOMPARE(dialog->printer()->pageLayout().orientation(), QPageLayout::Landscape);
        // The preview's PDF says what the server's says.
        const auto [text, serverText] = texts(dialog, r.result.toMap().value(u"pdf"_s).toByteArray(), u"report"_s);
        qint64 cents = 0;
        for (const auto &invoice : Invoices)
            cents += qRound64(invoice.second.toDouble() * 100);
        const QString total = QLocale(QLocale::English, QLocale::UnitedKingdom).toString(double(cents) / 100, 'f', 2);
        QVERIFY2(text.contains(u"Total"_s) && text.contains(total), qPrintable(total + u'\n' + text));
        // Only the moment it was printed at may differ.
        const auto withoutTimes = [](QString t) { return t.remove(QRegularExpression(u"\\d{1,2}:\\d{2}(:\\d{2})?( [AP]M)?"_s)); };
        QCOMPARE(withoutTimes(text), withoutTimes(serverText));
        dialog->close();
    }

    void exportWritesTheRowsShown()
    {
        ReportView *view = openAndRun(u"sales_by_period"_s);
        QVERIFY(view);
        QCOMPARE(view->commands()->exportAction()->shortcut(), QKeySequence(u"Ctrl+Shift+E"_s));
        // The rows the test expects: the invoices' prices summed per month, in cents.
        QMap<QString, qint64> byMonth;
        qint64 total = 0;
        for (const auto &[date, price] : Invoices) {
            const qint64 cents = qRound64(price.toDouble() * 100);
            byMonth[date.left(7)] += cents;
            total += cents;
        }
        const QList<qint64> expected = QList<qint64>(byMonth.begin(), byMonth.end()) << total;
        int revenue = -1;
        for (int c = 0; c < view->model()->columns().size(); ++c)
            if (view->model()->columns()[c].name == u"revenue"_s)
                revenue = c;
        QVERIFY(revenue > 0);

        const QString xlsx = m_files.filePath(u"sales.xlsx"_s);
        QString message;
        QVERIFY2(view->commands()->exportTo(xlsx, &message), qPrintable(message));
        const QJsonObject sheet = erp::test::readXlsx(xlsx);
        const QJsonArray rows = sheet.value(u"rows"_s).toArray();
        int header = -1;
        for (int r = 0; r < rows.size() && header < 0; ++r)
            if (erp::test::xlsxCell(sheet, r, revenue).value(u"value"_s).toString() == view->model()->columns()[revenue].title)
                header = r;
        QVERIFY2(header >= 0, "no header row");
        QCOMPARE(rows.size(), header + 1 + expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            const QJsonObject cell = erp::test::xlsxCell(sheet, header + 1 + i, revenue);
            QCOMPARE(cell.value(u"type"_s).toString(), u"n"_s);
            QCOMPARE(qRound64(cell.value(u"value"_s).toDouble() * 100), expected[i]);
        }
        QCOMPARE(erp::test::xlsxCell(sheet, header + 1, 0).value(u"value"_s).toString(),
                 view->model()->index(0, 0).data().toString());

        const QString csv = m_files.filePath(u"sales.csv"_s);
        QVERIFY2(view->commands()->exportTo(csv, &message), qPrintable(message));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QStringList lines = QString::fromUtf8(file.readAll()).remove(QChar(0xFEFF)).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            const QString value = csvFields(lines[i + 1]).at(revenue);
            QCOMPARE(qRound64(QString(value).remove(u',').toDouble() * 100), expected[i]);
        }
    }

    void ctrlPPreviewsThePostedInvoice()
    {
        ObjectForm *form = m_window->openForm(u"sales_invoices"_s, m_invoice);
        QTRY_VERIFY_WITH_TIMEOUT(form->isLoaded(), 10000);
        QVERIFY(form->printMenu());
        QAction *print = form->findChild<QAction *>(u"print"_s);
        QTRY_VERIFY_WITH_TIMEOUT(print->isEnabled(), 10000);
        QStringList menu;
        for (QAction *a : form->printMenu()->menu()->actions())
            menu.append(a->objectName());
        QCOMPARE(menu, (QStringList{u"sales_invoice:cs"_s, u"sales_invoice:en"_s}));

        QSignalSpy opened(form->printMenu(), &PrintMenu::previewOpened);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        form->editor(u"counterparty"_s)->setFocus();
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus && form->isAncestorOf(focus));
        QTest::keyClick(focus, Qt::Key_P, Qt::ControlModifier);
        QVERIFY(opened.wait(20000));
        auto *dialog = opened.first().first().value<PdfPreviewDialog *>();
        const erp::client::Reply r = m_other->call(
            u"print.render"_s, map({{u"kind"_s, u"sales_invoices"_s}, {u"id"_s, m_invoice},
                                     {u"form"_s, u"sales_invoice"_s}, {u"language"_s, u"en"_s}}));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(dialog->pageCount(), int(r.result.toMap().value(u"pages"_s).toInteger()));
        const auto [text, serverText] = texts(dialog, r.result.toMap().value(u"pdf"_s).toByteArray(), u"invoice"_s);
        QVERIFY2(text.contains(u"Žlutý kůň s.r.o."_s), qPrintable(text));
        QCOMPARE(text, serverText);
        saveScreenshot(dialog, m_shots, u"invoice-preview-en"_s);
        dialog->close();

        // The Czech one from the menu.
        opened.clear();
        for (QAction *a : form->printMenu()->menu()->actions())
            if (a->objectName() == u"sales_invoice:cs"_s)
                a->trigger();
        QVERIFY(opened.wait(20000));
        const QString czech = m_files.filePath(u"invoice-cs.pdf"_s);
        QString error;
        QVERIFY(opened.first().first().value<PdfPreviewDialog *>()->savePdf(czech, &error));
        QVERIFY2(pdfText(czech).contains(u"Faktura"_s), qPrintable(pdfText(czech)));
        opened.first().first().value<PdfPreviewDialog *>()->close();
    }

    void aModifiedDocumentIsSavedBeforePrinting()
    {
        const erp::client::Reply created = erp::test::createDocument(
            *m_other, u"sales_invoices"_s,
            map({{u"organization"_s, m_fixture.organization}, {u"partner"_s, m_fixture.partner},
                 {u"counterparty"_s, m_fixture.counterparty}, {u"date"_s, u"2026-12-02T09:00:00Z"_s}}),
            {map({{u"product"_s, m_fixture.fitting}, {u"quantity"_s, u"1"_s}, {u"price"_s, u"80"_s}})}, false);
        QVERIFY2(created.ok, qPrintable(created.error.message));
        const qint64 id = created.result.toMap().value(u"id"_s).toInteger();
        ObjectForm *form = m_window->openForm(u"sales_invoices"_s, id);
        QTRY_VERIFY_WITH_TIMEOUT(form->isLoaded(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(form->findChild<QAction *>(u"print"_s)->isEnabled(), 10000);
        FieldEditor *note = form->editor(u"note"_s);
        QVERIFY(note);
        note->setValue(u"Printed after saving"_s);
        Q_EMIT note->edited(); // as typing does
        QTRY_VERIFY(form->isModified());

        QSignalSpy saved(form, &ObjectForm::saved);
        QSignalSpy opened(form->printMenu(), &PrintMenu::previewOpened);
        form->findChild<QAction *>(u"print"_s)->trigger();
        QVERIFY(opened.wait(20000));
        QCOMPARE(saved.size(), 1);
        QVERIFY(!form->isModified());
        const erp::client::Reply read = m_other->call(u"document.read"_s, map({{u"kind"_s, u"sales_invoices"_s}, {u"id"_s, id}}));
        QVERIFY2(read.ok, qPrintable(read.error.message));
        QCOMPARE(read.result.toMap().value(u"note"_s).toString(), u"Printed after saving"_s);
        opened.first().first().value<PdfPreviewDialog *>()->close();
    }

    // The classification job's history of a client on its card: one row per month classified,
    // as reports.partnerClasses answers it, newest first.
    void thePartnerCardShowsItsClassHistory()
    {
        for (const QString &month : {u"2026-11-30T00:00:00Z"_s, u"2026-12-31T00:00:00Z"_s}) {
            const erp::client::Reply r = m_other->call(u"reports.classify"_s, map({{u"month"_s, month}}));
            QVERIFY2(r.ok, qPrintable(r.error.message));
        }
        const erp::client::Reply history =
            m_other->call(u"reports.partnerClasses"_s, map({{u"partner"_s, m_fixture.partner}}));
        QVERIFY2(history.ok, qPrintable(history.error.message));
        const QCborArray rows = history.result.toMap().value(u"rows"_s).toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).toMap().value(u"period_end"_s).toString(), u"2026-12-31"_s);
        QCOMPARE(rows.at(0).toMap().value(u"class"_s).toString(), u"AZ"_s); // the only client; sales in two months of twelve
        ObjectForm *form = m_window->openForm(u"partners"_s, m_fixture.partner);
        QTRY_VERIFY_WITH_TIMEOUT(form->isLoaded(), 10000);
        AnswerPanel *classes = nullptr;
        for (int i = 0; form->panel(i); ++i)
            if (form->panel(i)->method() == u"reports.partnerClasses"_s)
                classes = form->panel(i);
        QVERIFY(classes);
        QTRY_VERIFY_WITH_TIMEOUT(classes->isLoaded(), 10000);
        QCOMPARE(classes->model()->rowCount(), 2);
        QCOMPARE(classes->model()->item(0, 1)->text(), u"AZ"_s);
        QCOMPARE(classes->model()->item(0, 2)->text().remove(u','), rows.at(0).toMap().value(u"revenue"_s).toString());
        QCOMPARE(classes->model()->item(1, 1)->text(), rows.at(1).toMap().value(u"class"_s).toString());
        auto *pages = form->findChild<QTabWidget *>();
        QVERIFY(pages);
        for (int i = 0; i < pages->count(); ++i)
            if (pages->tabText(i).remove(u'&') == u"Classes"_s)
                pages->setCurrentIndex(i);
        QCOMPARE(pages->tabText(pages->currentIndex()).remove(u'&'), u"Classes"_s);
        saveScreenshot(m_window, m_shots, u"partner-classes-en"_s);
    }

    void aKindWithoutFormsKeepsPrintDisabled()
    {
        const erp::client::Reply receipt = erp::test::createDocument(
            *m_other, u"goods_receipts"_s,
            map({{u"organization"_s, m_fixture.organization}, {u"warehouse"_s, m_fixture.warehouse},
                 {u"date"_s, u"2026-11-21T08:00:00Z"_s}}),
            {map({{u"product"_s, m_fixture.drill}, {u"quantity"_s, u"5"_s}, {u"price"_s, u"900"_s}})}, true);
        QVERIFY2(receipt.ok, qPrintable(receipt.error.message));
        ObjectForm *form = m_window->openForm(u"goods_receipts"_s, receipt.result.toMap().value(u"id"_s).toInteger());
        QTRY_VERIFY_WITH_TIMEOUT(form->isLoaded(), 10000);
        QVERIFY(form->printMenu());
        QTRY_VERIFY_WITH_TIMEOUT(form->printMenu()->isReady(), 10000);
        QVERIFY(form->printMenu()->forms().isEmpty());
        QVERIFY(!form->findChild<QAction *>(u"print"_s)->isEnabled());
    }
};

QTEST_MAIN(TestReportClient)
#include "tst_reportclient.moc"
