#include "refeditor.h"

#include "connection.h"
#include "core/clientsession.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCborArray>
#include <QCborMap>
#include <QCompleter>
#include <QFont>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSet>
#include <QStandardItemModel>
#include <QTimer>
#include <QToolButton>

#include <memory>

namespace erp::app {

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int NameRole = Qt::UserRole + 1;
constexpr int SearchDelayMs = 150;
constexpr int SearchLimit = 20;

bool isCommitKey(int key)
{
    return key == Qt::Key_Tab || key == Qt::Key_Backtab || key == Qt::Key_Return || key == Qt::Key_Enter;
}

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
    m_completer->setMaxVisibleItems(12);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, &RefEditor::choosePicked);
    // Installed after the completer's own filter, so it sees Enter and Tab first.
    m_completer->popup()->installEventFilter(this);

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
    if (m_resultsFor == m_edit->text().trimmed() && m_results->rowCount() == 0 && !m_searching)
        return tr("nothing matches \"%1\"").arg(m_edit->text().trimmed());
    return tr("choose a value from the list");
}

bool RefEditor::consumesEnter() const
{
    return !m_edit->text().trimmed().isEmpty() && !isChosen();
}

QString RefEditor::displayText() const
{
    return isChosen() ? m_name : QString();
}

void RefEditor::setValue(const QCborValue &value, const QString &display)
{
    ++m_request;
    m_searching = false;
    m_pendingKey = 0;
    m_searchTimer->stop();
    m_completer->popup()->hide();
    m_id = value.isInteger() ? std::optional<qint64>(value.toInteger()) : std::nullopt;
    m_name = m_id ? display : QString();
    m_edit->setText(m_name);
    m_edit->setCursorPosition(0);
    setMarked(false);
    if (m_id && m_name.isEmpty())
        fetchName();
}

void RefEditor::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    m_edit->setClearButtonEnabled(!readOnly);
    m_button->setEnabled(!readOnly);
}

void RefEditor::setMarked(bool marked, const QString &why)
{
    m_marked = marked;
    // A frame that cannot be missed, with the reason on hover; the text itself stays for correcting.
    m_edit->setStyleSheet(marked ? QStringLiteral("QLineEdit { border: 2px solid #c62828; border-radius: 2px; "
                                                  "background: #fff4f4; padding: 1px; }")
                                 : QString());
    m_edit->setToolTip(marked ? why : QString());
}

void RefEditor::onTextEdited(const QString &text)
{
    ++m_request;
    m_searching = false;
    m_pendingKey = 0;
    setMarked(false);
    if (text.trimmed().isEmpty()) {
        m_searchTimer->stop();
        m_completer->popup()->hide();
        m_id.reset();
        m_name.clear();
        m_results->clear();
        m_resultsFor.clear();
    } else if (!isChosen()) {
        m_searchTimer->start();
    }
    Q_EMIT edited();
}

QCborArray RefEditor::priorityFilters(QString *ownerName) const
{
    if (!m_context || !m_target)
        return {};
    const QList<ContextRef> context = m_context();
    for (const FieldInfo &f : m_target->fields) {
        if (f.type != QLatin1String("ref") || f.targetIsDocument || f.target == m_target->name)
            continue;
        for (const ContextRef &ref : context) {
            if (ref.kind != f.target || ref.id <= 0)
                continue;
            if (ownerName)
                *ownerName = ref.name;
            QCborMap condition;
            condition.insert(QStringLiteral("field"), f.name);
            condition.insert(QStringLiteral("value"), ref.id);
            return {condition};
        }
    }
    return {};
}

void RefEditor::search()
{
    const QString text = m_edit->text().trimmed();
    if (!m_session || text.isEmpty() || isChosen())
        return;
    if (!m_target && m_context && !field().targetIsDocument) {
        // The target's references decide what comes first: describe it (once), then search.
        m_searching = true;
        const quint64 request = ++m_request;
        QPointer<RefEditor> self(this);
        m_session->describe(field().target, this, [self, request](const KindInfo &info) {
            if (!self)
                return;
            self->m_target = info;
            if (request == self->m_request) {
                self->m_searching = false;
                self->search();
            }
        });
        return;
    }
    m_searchTimer->stop();
    const quint64 request = ++m_request;
    m_searching = true;
    const bool document = field().targetIsDocument;
    auto paramsWith = [&](const QCborArray &extra) {
        QCborMap params;
        params.insert(QStringLiteral("kind"), field().target);
        params.insert(QStringLiteral("limit"), SearchLimit);
        QCborArray filters = extra;
        if (document) {
            // Documents are found by their number, newest first.
            QCborMap condition;
            condition.insert(QStringLiteral("field"), QStringLiteral("number"));
            condition.insert(QStringLiteral("op"), QStringLiteral("contains"));
            condition.insert(QStringLiteral("value"), text);
            filters.append(condition);
            params.insert(QStringLiteral("descending"), true);
        } else {
            params.insert(QStringLiteral("text"), text); // every word anywhere, as the choice list finds them
        }
        if (!filters.isEmpty())
            params.insert(QStringLiteral("filters"), filters);
        return params;
    };
    const QString method = document ? QStringLiteral("document.list") : QStringLiteral("catalog.search");
    const QCborArray priority = priorityFilters();
    // The context's own and all matches are asked for at once and shown together.
    struct Answers
    {
        QCborArray own, all;
        int waiting = 0;
        bool failed = false;
    };
    auto answers = std::make_shared<Answers>();
    answers->waiting = priority.isEmpty() ? 1 : 2;
    auto collect = [this, request, text, answers](bool own, const erp::client::Reply &reply) {
        if (request != m_request)
            return;
        if (!reply.ok)
            answers->failed = true;
        (own ? answers->own : answers->all) = reply.result.toMap().value(QStringLiteral("rows")).toArray();
        if (--answers->waiting > 0)
            return;
        m_searching = false;
        if (answers->failed) {
            m_pendingKey = 0;
            return;
        }
        showResults(text, answers->own, answers->all);
    };
    if (!priority.isEmpty())
        m_session->call(method, paramsWith(priority), this,
                        [collect](const erp::client::Reply &reply) { collect(true, reply); });
    m_session->call(method, paramsWith({}), this, [collect](const erp::client::Reply &reply) { collect(false, reply); });
}

void RefEditor::showResults(const QString &text, const QCborArray &own, const QCborArray &all)
{
    m_results->clear();
    m_resultsFor = text;
    m_ownCount = 0;
    QSet<qint64> seen;
    auto add = [&](const QCborValue &row, bool isOwn) {
        const QCborMap map = row.toMap();
        const qint64 id = map.value(QStringLiteral("id")).toInteger();
        if (seen.contains(id))
            return;
        seen.insert(id);
        const QString name = map.value(map.contains(QStringLiteral("number")) ? QStringLiteral("number") : QStringLiteral("name")).toString();
        const QString code = map.value(QStringLiteral("code")).toString();
        auto *item = new QStandardItem(code.isEmpty() ? name : tr("%1 (%2)").arg(name, code));
        item->setData(id, IdRole);
        item->setData(name, NameRole);
        item->setEditable(false);
        if (isOwn) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
            ++m_ownCount;
        }
        m_results->appendRow(item);
    };
    for (const QCborValue &row : own)
        add(row, true);
    for (const QCborValue &row : all)
        add(row, false);
    const int key = std::exchange(m_pendingKey, 0);
    if (m_results->rowCount() == 0) {
        m_completer->popup()->hide();
        setMarked(true, tr("Nothing matches \"%1\"").arg(text));
        if (key)
            QApplication::postEvent(m_edit, new QKeyEvent(QEvent::KeyPress, key, Qt::NoModifier));
        return;
    }
    if (key) {
        // Tab or Enter came before the answer: take the one match and go on as the key says.
        if (const std::optional<Match> match = singleMatch()) {
            setChosen(match->id, match->name);
            QApplication::postEvent(m_edit, new QKeyEvent(QEvent::KeyPress, key, Qt::NoModifier));
            return;
        }
    }
    if (!m_edit->hasFocus()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(QString());
    m_completer->complete();
    // The row Tab or Enter would take is highlighted; with several candidates the user picks.
    m_completer->popup()->setCurrentIndex(singleMatch() ? m_completer->completionModel()->index(0, 0) : QModelIndex());
}

std::optional<RefEditor::Match> RefEditor::singleMatch() const
{
    const int rows = m_results->rowCount();
    const int row = m_ownCount == 1 ? 0 : rows == 1 ? 0 : -1;
    if (row < 0)
        return std::nullopt;
    const QModelIndex index = m_results->index(row, 0);
    return Match{index.data(IdRole).toLongLong(), index.data(NameRole).toString()};
}

bool RefEditor::commitTyped(int key)
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty() || isChosen() || m_edit->isReadOnly())
        return false;
    if (m_searching || m_searchTimer->isActive() || m_resultsFor != text) {
        // The answer is on its way: it decides, then the key goes on.
        m_pendingKey = key;
        if (!m_searching)
            search();
        return true;
    }
    if (const std::optional<Match> match = singleMatch()) {
        setChosen(match->id, match->name);
        if (key == Qt::Key_Tab || key == Qt::Key_Backtab)
            return false; // Tab moves on
        // Enter again, now on a chosen value: the form moves to the next field.
        QApplication::postEvent(m_edit, new QKeyEvent(QEvent::KeyPress, key, Qt::NoModifier));
        return true;
    }
    if (m_results->rowCount() == 0) {
        setMarked(true, tr("Nothing matches \"%1\"").arg(text));
        return false;
    }
    // Several match: Enter opens the list to pick from, Tab leaves the text marked.
    if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        m_completer->complete();
        return true;
    }
    setMarked(true, tr("Several objects match \"%1\": choose one from the list").arg(text));
    return false;
}

void RefEditor::choosePicked(const QModelIndex &index)
{
    if (index.isValid())
        setChosen(index.data(IdRole).toLongLong(), index.data(NameRole).toString());
}

void RefEditor::setChosen(qint64 id, const QString &name)
{
    ++m_request;
    m_searching = false;
    m_searchTimer->stop();
    m_completer->popup()->hide();
    m_id = id;
    m_name = name;
    m_edit->setText(name);
    m_edit->setCursorPosition(0);
    setMarked(false);
    Q_EMIT edited();
}

void RefEditor::choose()
{
    if (!m_session || !m_session->chooseObject || m_edit->isReadOnly())
        return;
    if (!m_target && m_context && !field().targetIsDocument) {
        QPointer<RefEditor> self(this);
        m_session->describe(field().target, this, [self](const KindInfo &info) {
            if (self) {
                self->m_target = info;
                self->choose();
            }
        });
        return;
    }
    ChoiceRequest request;
    request.kind = field().target;
    QString owner;
    for (const QCborValue &f : priorityFilters(&owner)) {
        QCborMap condition = f.toMap();
        condition.insert(QStringLiteral("op"), QStringLiteral("="));
        condition.insert(QStringLiteral("display"), owner); // for the filter bar
        request.filters.append(condition);
    }
    request.current = isChosen() ? *m_id : 0;
    QPointer<RefEditor> self(this);
    m_session->chooseObject(this, request, [self](qint64 id, const QString &name) {
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
    if (watched == m_completer->popup() && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (isCommitKey(key->key())) {
            // Enter (or Tab) takes the highlighted row; with none highlighted, the one match.
            QModelIndex current = m_completer->popup()->currentIndex();
            if (!current.isValid() && singleMatch())
                current = m_results->index(0, 0); // the one match is the first row
            const bool tab = key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab;
            if (!current.isValid() && !tab)
                return true; // several candidates and none highlighted: Enter waits for a pick
            m_completer->popup()->hide();
            if (current.isValid())
                choosePicked(current);
            if (tab)
                QApplication::postEvent(m_edit, new QKeyEvent(QEvent::KeyPress, key->key(), key->modifiers()));
            return true;
        }
        return false;
    }
    if (watched == m_edit) {
        if (event->type() == QEvent::FocusOut && !m_completer->popup()->isVisible() && !m_edit->text().trimmed().isEmpty()
            && !isChosen() && !m_searching && !m_searchTimer->isActive() && !m_pendingKey)
            setMarked(true, inputError());
        if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if (key->key() == Qt::Key_F4) {
                choose();
                return true;
            }
            if (key->key() == Qt::Key_Down && m_results->rowCount() > 0 && !isChosen() && !m_edit->text().isEmpty()) {
                m_completer->complete();
                return true;
            }
            if (isCommitKey(key->key()) && (key->modifiers() & ~Qt::ShiftModifier) == 0 && commitTyped(key->key()))
                return true;
        }
    }
    return FieldEditor::eventFilter(watched, event);
}

} // namespace erp::app
