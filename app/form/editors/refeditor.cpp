#include "refeditor.h"

#include "connection.h"
#include "core/clientsession.h"

#include <QAbstractItemView>
#include <QCborArray>
#include <QCborMap>
#include <QCompleter>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTimer>
#include <QToolButton>

namespace erp::app {

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int NameRole = Qt::UserRole + 1;
constexpr int SearchDelayMs = 150;
constexpr int SearchLimit = 20;

} // namespace

RefEditor::RefEditor(const FieldInfo &field, ClientSession *session, QWidget *parent)
    : FieldEditor(field, parent),
      m_session(session),
      m_edit(new QLineEdit(this)),
      m_button(new QToolButton(this)),
      m_completer(new QCompleter(this)),
      m_results(new QStandardItemModel(this)),
      m_searchTimer(new QTimer(this))
{
    arrangeWithButton(m_edit, m_button);

    m_button->setText(tr("…", "opens a chooser"));
    m_button->setFocusPolicy(Qt::NoFocus);
    m_button->setToolTip(tr("Choose from the list (F4)"));
    m_button->setVisible(session && session->chooseObject);
    connect(m_button, &QToolButton::clicked, this, &RefEditor::choose);

    // The server filters (ignoring case and accents), so the completer shows its rows as they are
    // and is attached with setWidget() only: QLineEdit::setCompleter() would overwrite the text
    // with the row's "name (code)".
    m_completer->setModel(m_results);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setWidget(m_edit);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, &RefEditor::choosePicked);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &RefEditor::search);
    connect(m_edit, &QLineEdit::textEdited, this, &RefEditor::onTextEdited);
}

bool RefEditor::isChosen() const
{
    return m_id.has_value() && m_edit->text() == m_name;
}

QCborValue RefEditor::value() const
{
    return isChosen() ? QCborValue(*m_id) : QCborValue(QCborValue::Null);
}

QString RefEditor::inputError() const
{
    if (m_edit->text().isEmpty() || isChosen())
        return QString();
    return tr("choose a value from the list");
}

QString RefEditor::displayText() const
{
    return isChosen() ? m_name : QString();
}

void RefEditor::setValue(const QCborValue &value, const QString &display)
{
    ++m_request;
    m_searchTimer->stop();
    m_completer->popup()->hide();
    m_id = value.isInteger() ? std::optional<qint64>(value.toInteger()) : std::nullopt;
    m_name = m_id ? display : QString();
    m_edit->setText(m_name);
    m_edit->setCursorPosition(0);
    if (m_id && m_name.isEmpty())
        fetchName();
}

void RefEditor::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    m_edit->setClearButtonEnabled(!readOnly);
    m_button->setEnabled(!readOnly);
}

void RefEditor::onTextEdited(const QString &text)
{
    ++m_request;
    if (text.trimmed().isEmpty()) {
        m_searchTimer->stop();
        m_completer->popup()->hide();
        m_id.reset();
        m_name.clear();
    } else {
        m_searchTimer->start();
    }
    Q_EMIT edited();
}

void RefEditor::search()
{
    const QString text = m_edit->text().trimmed();
    if (!m_session || text.isEmpty())
        return;
    const quint64 request = ++m_request;
    const bool document = field().targetIsDocument;
    QCborMap params;
    params.insert(QStringLiteral("kind"), field().target);
    params.insert(QStringLiteral("limit"), SearchLimit);
    if (document) {
        // Documents are found by their number, newest first.
        QCborMap condition;
        condition.insert(QStringLiteral("field"), QStringLiteral("number"));
        condition.insert(QStringLiteral("op"), QStringLiteral("contains"));
        condition.insert(QStringLiteral("value"), text);
        params.insert(QStringLiteral("filters"), QCborArray{condition});
        params.insert(QStringLiteral("descending"), true);
    } else {
        params.insert(QStringLiteral("text"), text);
        params.insert(QStringLiteral("anywhere"), false); // prefixes only: an index range per keystroke
    }
    m_session->call(document ? QStringLiteral("document.list") : QStringLiteral("catalog.search"), params, this,
                    [this, request](const erp::client::Reply &reply) {
        if (request != m_request)
            return;
        m_results->clear();
        const QCborArray rows = reply.ok ? reply.result.toMap().value(QStringLiteral("rows")).toArray() : QCborArray();
        for (const QCborValue &row : rows) {
            const QCborMap map = row.toMap();
            const QString name = map.value(map.contains(QStringLiteral("number")) ? QStringLiteral("number") : QStringLiteral("name")).toString();
            const QString code = map.value(QStringLiteral("code")).toString();
            auto *item = new QStandardItem(code.isEmpty() ? name : tr("%1 (%2)").arg(name, code));
            item->setData(map.value(QStringLiteral("id")).toInteger(), IdRole);
            item->setData(name, NameRole);
            item->setEditable(false);
            m_results->appendRow(item);
        }
        if (m_results->rowCount() == 0 || !m_edit->hasFocus()) {
            m_completer->popup()->hide();
            return;
        }
        m_completer->setCompletionPrefix(QString());
        m_completer->complete();
    });
}

void RefEditor::choosePicked(const QModelIndex &index)
{
    if (index.isValid())
        setChosen(index.data(IdRole).toLongLong(), index.data(NameRole).toString());
}

void RefEditor::setChosen(qint64 id, const QString &name)
{
    ++m_request;
    m_searchTimer->stop();
    m_completer->popup()->hide();
    m_id = id;
    m_name = name;
    m_edit->setText(name);
    Q_EMIT edited();
}

void RefEditor::choose()
{
    if (!m_session || !m_session->chooseObject || m_edit->isReadOnly())
        return;
    QPointer<RefEditor> self(this);
    m_session->chooseObject(this, field().target, [self](qint64 id, const QString &name) {
        if (self) {
            self->setChosen(id, name);
            self->m_edit->setFocus();
        }
    });
}

void RefEditor::fetchName()
{
    if (!m_session)
        return;
    const quint64 request = m_request;
    const qint64 id = *m_id;
    QCborMap params;
    params.insert(QStringLiteral("kind"), field().target);
    params.insert(QStringLiteral("id"), id);
    const bool document = field().targetIsDocument;
    m_session->call(document ? QStringLiteral("document.read") : QStringLiteral("catalog.read"), params, this,
                    [this, request, id, document](const erp::client::Reply &reply) {
        if (request != m_request || !reply.ok || m_id != id)
            return;
        m_name = reply.result.toMap().value(document ? QStringLiteral("number") : QStringLiteral("name")).toString();
        m_edit->setText(m_name);
        m_edit->setCursorPosition(0);
    });
}

bool RefEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_F4) {
            choose();
            return true;
        }
        if (key->key() == Qt::Key_Down && m_results->rowCount() > 0 && !isChosen() && !m_edit->text().isEmpty()) {
            m_completer->complete();
            return true;
        }
    }
    return FieldEditor::eventFilter(watched, event);
}

} // namespace erp::app
