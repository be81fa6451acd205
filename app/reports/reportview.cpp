#include "reportview.h"

#include "connection.h"
#include "core/clientsession.h"
#include "form/fieldeditor.h"
#include "chartpane.h"
#include "reportcommands.h"
#include "reportmodel.h"
#include "reportprogress.h"
#include "reportsettingsbox.h"

#include <QCborArray>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace erp::app {

using erp::client::Reply;

namespace {

// A report parameter as a field the form editors know: a moment is asked for as a date, an
// integer naming a catalog as a reference.
FieldInfo fieldOf(const QCborMap &param)
{
    FieldInfo f;
    f.name = param.value(QStringLiteral("name")).toString();
    f.title = param.value(QStringLiteral("title")).toString();
    f.required = param.value(QStringLiteral("required")).toBool();
    const QString type = param.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("moment")) {
        f.type = QStringLiteral("date");
    } else if (param.contains(QStringLiteral("catalog"))) {
        f.type = QStringLiteral("ref");
        f.target = param.value(QStringLiteral("catalog")).toString();
    } else if (type == QLatin1String("integer")) {
        f.type = QStringLiteral("integer");
    } else {
        f.type = QStringLiteral("string");
        f.length = 200;
    }
    return f;
}

// A date the user gave as the moment the report takes: the start of that day in local time,
// or its end for a parameter that ends a period.
QString momentOf(const QString &date, bool endOfDay)
{
    const QDate d = QDate::fromString(date, Qt::ISODate);
    const QDateTime local = endOfDay ? QDateTime(d, QTime(23, 59, 59, 999)) : QDateTime(d, QTime(0, 0));
    return local.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

ReportView::ReportView(ClientSession *session, const QString &report, QWidget *parent)
    : QWidget(parent), m_session(session), m_report(report), m_form(new QFormLayout),
      m_run(new QPushButton(tr("&Run"))), m_message(new QLabel), m_summary(new QLabel), m_table(new QTableView),
      m_model(new ReportModel(session, this)), m_progress(new ReportProgress(session, this)),
      m_settings(new ReportSettingsBox(session, report, [this] { return parameters(); })),
      m_chart(new ChartPane(session, report)), m_commands(new ReportCommands(session, this))
{
    setObjectName(QStringLiteral("report:") + report);
    auto *top = new QHBoxLayout;
    top->addLayout(m_form);
    top->addWidget(m_run, 0, Qt::AlignBottom);
    top->addWidget(m_commands->printButton(), 0, Qt::AlignBottom);
    top->addWidget(m_commands->exportButton(), 0, Qt::AlignBottom);
    top->addStretch();
    top->addWidget(m_settings, 0, Qt::AlignTop);
    m_message->setWordWrap(true);
    m_message->hide();
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    // The chart beside the table (hidden for a report without one).
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("reportSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summary);
    m_run->setToolTip(tr("Run the report (F5)"));
    connect(m_run, &QPushButton::clicked, this, &ReportView::run);
    auto *refresh = new QShortcut(QKeySequence(Qt::Key_F5), this);
    refresh->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refresh, &QShortcut::activated, this, &ReportView::run);
    connect(m_settings, &ReportSettingsBox::chosen, this, &ReportView::setParameters);
    describe();
}

QString ReportView::messageText() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void ReportView::describe()
{
    m_session->call(QStringLiteral("report.describe"), QCborMap{{QStringLiteral("report"), m_report}}, this,
                    [this](const Reply &r) {
                        if (!r.ok) {
                            showMessage(r.error.message, true);
                            return;
                        }
                        const QCborMap d = r.result.toMap();
                        m_title = d.value(QStringLiteral("title")).toString();
                        for (const QCborValue &p : d.value(QStringLiteral("params")).toArray())
                            addParameter(p.toMap());
                        m_model->setAnswer(d.value(QStringLiteral("columns")).toArray(), {}, {});
                        m_chart->setChart(d.value(QStringLiteral("chart")));
                        m_commands->setColumnCount(int(d.value(QStringLiteral("columns")).toArray().size()));
                        m_ready = true;
                        Q_EMIT ready();
                    });
}

void ReportView::addParameter(const QCborMap &param)
{
    const QString name = param.value(QStringLiteral("name")).toString();
    QWidget *editor = nullptr;
    if (param.contains(QStringLiteral("choices"))) {
        auto *box = new QComboBox;
        for (const QCborValue &c : param.value(QStringLiteral("choices")).toArray())
            box->addItem(c.toMap().value(QStringLiteral("title")).toString(), c.toMap().value(QStringLiteral("value")).toString());
        editor = box;
    } else {
        editor = createFieldEditor(fieldOf(param), m_session, this);
    }
    editor->setObjectName(name);
    editor->setMaximumWidth(320);
    editor->installEventFilter(this);
    for (QWidget *child : editor->findChildren<QWidget *>())
        child->installEventFilter(this);
    QString label = param.value(QStringLiteral("title")).toString();
    if (param.value(QStringLiteral("required")).toBool())
        label += QStringLiteral(" *");
    m_form->addRow(label, editor);
    m_editors.insert(name, editor);
    m_params.insert(name, param);
    m_order.append(name);
}

QCborMap ReportView::parameters() const
{
    QCborMap out;
    for (const QString &name : m_order) {
        QWidget *editor = m_editors.value(name);
        if (auto *box = qobject_cast<QComboBox *>(editor)) {
            out.insert(name, box->currentData().toString());
            continue;
        }
        const QCborValue value = static_cast<FieldEditor *>(editor)->value();
        if (value.isNull() || value.isUndefined())
            continue;
        const QCborMap &param = m_params[name];
        if (param.value(QStringLiteral("type")).toString() == QLatin1String("moment"))
            out.insert(name, momentOf(value.toString(), param.value(QStringLiteral("endOfDay")).toBool()));
        else
            out.insert(name, value);
    }
    return out;
}

void ReportView::run()
{
    for (const QString &name : std::as_const(m_order))
        if (auto *editor = qobject_cast<FieldEditor *>(m_editors.value(name)); editor && !editor->inputError().isEmpty()) {
            showMessage(QStringLiteral("%1: %2").arg(m_params[name].value(QStringLiteral("title")).toString(),
                                                     editor->inputError()),
                        true);
            editor->setFocus();
            Q_EMIT finished(false);
            return;
        }
    const int request = ++m_request;
    m_summary->setText(tr("Running…"));
    QCborMap call{{QStringLiteral("report"), m_report}};
    const QCborMap params = parameters();
    if (!params.isEmpty())
        call.insert(QStringLiteral("params"), params);
    if (m_chart->hasChart())
        call.insert(QStringLiteral("chart"), m_chart->sizeRequest());
    m_progress->finish();
    auto answered = std::make_shared<bool>(false);
    const qint64 id =
        m_session->call(QStringLiteral("report.run"), call, this, [this, request, params, answered](const Reply &r) {
        *answered = true;
        if (request != m_request)
            return;
        m_progress->finish();
        if (!r.ok && r.error.code == erp::protocol::ErrorCode::Cancelled) {
            m_summary->setText(tr("Cancelled"));
            Q_EMIT finished(false);
            return;
        }
        if (!r.ok) {
            m_summary->clear();
            showMessage(r.error.message, true);
            // The parameter at fault ("params.organization") gets the focus.
            const QString field = r.error.field.section(u'.', 1, 1);
            if (QWidget *editor = m_editors.value(field))
                editor->setFocus();
            Q_EMIT finished(false);
            return;
        }
        const QCborMap answer = r.result.toMap();
        m_answer = answer;
        m_message->hide();
        if (m_chart->hasChart())
            m_chart->showAnswer(answer.value(QStringLiteral("chart")).toMap(), params);
        m_model->setAnswer(answer.value(QStringLiteral("columns")).toArray(), answer.value(QStringLiteral("rows")).toArray(),
                           answer.value(QStringLiteral("totals")).toMap());
        m_table->resizeColumnsToContents();
        const QDateTime at = QDateTime::fromString(answer.value(QStringLiteral("generatedAt")).toString(), Qt::ISODate);
        m_summary->setText(tr("%n row(s), made at %1", nullptr, int(m_model->dataRows()))
                               .arg(QLocale().toString(at.toLocalTime().time(), QLocale::ShortFormat)));
        Q_EMIT finished(true);
    });
    if (!*answered)
        m_progress->start(id);
}

void ReportView::setParameters(const QCborMap &params)
{
    for (const QString &name : std::as_const(m_order)) {
        const QCborValue value = params.value(name);
        QWidget *editor = m_editors.value(name);
        if (auto *box = qobject_cast<QComboBox *>(editor)) {
            if (const int index = box->findData(value.toString()); index >= 0)
                box->setCurrentIndex(index);
            continue;
        }
        auto *field = static_cast<FieldEditor *>(editor);
        // A moment was asked for as a date: the local day it falls on.
        if (value.isString() && m_params[name].value(QStringLiteral("type")).toString() == QLatin1String("moment"))
            field->setValue(QDateTime::fromString(value.toString(), Qt::ISODate).toLocalTime().date().toString(Qt::ISODate));
        else
            field->setValue(value.isUndefined() ? QCborValue(QCborValue::Null) : value);
    }
}

void ReportView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_message->show();
}

bool ReportView::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in a parameter runs the report (a reference editor still resolving its text keeps it).
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            for (QWidget *w = qobject_cast<QWidget *>(watched); w; w = w->parentWidget())
                if (auto *editor = qobject_cast<FieldEditor *>(w); editor && editor->consumesTab())
                    return false;
            run();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace erp::app
