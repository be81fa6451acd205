#include "reportcommands.h"

#include "connection.h"
#include "core/clientsession.h"
#include "list/listexport.h"
#include "print/pdfpreview.h"
#include "reportview.h"
#include "tabledata.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>

namespace erp::app {

using erp::client::Reply;

ReportCommands::ReportCommands(ClientSession *session, ReportView *view)
    : QObject(view), m_session(session), m_view(view), m_print(new QAction(tr("&Print…"), view)),
      m_export(new QAction(tr("&Export…"), view)), m_portrait(new QAction(tr("Portrait"), view)),
      m_landscape(new QAction(tr("Landscape"), view)), m_printButton(new QToolButton), m_exportButton(new QToolButton)
{
    m_print->setObjectName(QStringLiteral("print"));
    m_print->setShortcut(QKeySequence::Print);
    m_print->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_print->setToolTip(tr("Print the report with the parameters given (%1)")
                            .arg(QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText)));
    m_export->setObjectName(QStringLiteral("export"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_export->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_export->setToolTip(tr("Export the rows shown to an Excel or CSV file (Ctrl+Shift+E)"));
    auto *orientations = new QActionGroup(this);
    for (QAction *a : {m_portrait, m_landscape}) {
        a->setCheckable(true);
        orientations->addAction(a);
    }
    m_portrait->setObjectName(QStringLiteral("portrait"));
    m_landscape->setObjectName(QStringLiteral("landscape"));
    m_portrait->setChecked(true);
    auto *menu = new QMenu(view);
    menu->addActions({m_portrait, m_landscape});
    m_print->setMenu(menu);
    m_printButton->setDefaultAction(m_print);
    m_printButton->setPopupMode(QToolButton::MenuButtonPopup);
    m_printButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_exportButton->setDefaultAction(m_export);
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    view->addAction(m_print);
    view->addAction(m_export);
    connect(m_print, &QAction::triggered, this, &ReportCommands::print);
    connect(m_export, &QAction::triggered, this, &ReportCommands::askAndExport);
}

QPageLayout::Orientation ReportCommands::orientation() const
{
    return m_landscape->isChecked() ? QPageLayout::Landscape : QPageLayout::Portrait;
}

void ReportCommands::setOrientation(QPageLayout::Orientation orientation)
{
    (orientation == QPageLayout::Landscape ? m_landscape : m_portrait)->setChecked(true);
}

void ReportCommands::setColumnCount(int columns)
{
    setOrientation(columns > 5 ? QPageLayout::Landscape : QPageLayout::Portrait);
}

void ReportCommands::print()
{
    if (!m_view->isReady())
        return;
    const int request = ++m_request;
    QCborMap call{{QStringLiteral("report"), m_view->reportName()},
                  {QStringLiteral("orientation"),
                   orientation() == QPageLayout::Landscape ? QStringLiteral("landscape") : QStringLiteral("portrait")}};
    const QCborMap params = m_view->parameters();
    if (!params.isEmpty())
        call.insert(QStringLiteral("params"), params);
    m_print->setEnabled(false);
    m_session->call(QStringLiteral("report.pdf"), call, this, [this, request](const Reply &r) {
        if (request != m_request)
            return;
        m_print->setEnabled(true);
        if (!r.ok) {
            m_view->showMessage(r.error.message, true);
            Q_EMIT printFailed(r.error.message);
            return;
        }
        const QByteArray pdf = r.result.toMap().value(QStringLiteral("pdf")).toByteArray();
        auto *dialog = new PdfPreviewDialog(pdf, m_view->reportName() + QStringLiteral(".pdf"), m_view);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Print %1").arg(m_view->title()));
        dialog->show();
        Q_EMIT previewOpened(dialog);
    });
}

void ReportCommands::askAndExport()
{
    if (m_view->lastAnswer().isEmpty()) {
        m_view->showMessage(tr("Run the report first (F5): the export writes the rows shown."), true);
        return;
    }
    const QString path = askExportPath(m_view, m_view->title());
    if (path.isEmpty())
        return;
    QString message;
    const bool ok = exportTo(path, &message);
    m_view->showMessage(message, !ok);
}

bool ReportCommands::exportTo(const QString &path, QString *message)
{
    if (m_view->lastAnswer().isEmpty()) {
        *message = tr("Run the report first (F5): the export writes the rows shown.");
        return false;
    }
    QString error;
    const std::optional<erp::exporting::TableData> table = erp::exporting::tableFromReport(m_view->lastAnswer(), &error);
    if (!table) {
        *message = error;
        return false;
    }
    return writeExport(path, *table, m_view->title(), parameterLines(), message);
}

// The parameters as the user sees them ("Period from: 1/12/2026"), for the workbook's head.
QStringList ReportCommands::parameterLines() const
{
    QStringList lines;
    for (QLabel *label : m_view->findChildren<QLabel *>()) {
        QWidget *editor = label->buddy();
        if (!editor)
            continue;
        QString text;
        if (auto *box = qobject_cast<QComboBox *>(editor))
            text = box->currentText();
        else if (auto *line = editor->findChild<QLineEdit *>())
            text = line->text();
        if (!text.isEmpty())
            lines.append(QStringLiteral("%1: %2").arg(label->text().remove(QStringLiteral(" *")), text));
    }
    return lines;
}

} // namespace erp::app
