#include "duplicatewarning.h"

#include "connection.h"
#include "core/clientsession.h"
#include "form/fieldeditor.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace erp::app {

using erp::client::Reply;

namespace {
constexpr int IdRole = Qt::UserRole + 1;
}

DuplicateWarning::DuplicateWarning(ClientSession *session, const KindInfo &kind, const QCborMap &spec, QWidget *parent)
    : QFrame(parent), m_session(session), m_kind(kind.name), m_info(kind), m_method(spec.value(QStringLiteral("method")).toString()),
      m_title(new QLabel(this)), m_list(new QListWidget(this)), m_open(new QPushButton(tr("&Open existing"), this)),
      m_saveAnyway(new QPushButton(tr("Save &anyway"), this))
{
    setObjectName(QStringLiteral("duplicateWarning"));
    for (const QCborValue &f : spec.value(QStringLiteral("fields")).toArray())
        m_fields.append(f.toString());
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#duplicateWarning { background: #fff4d6; border: 1px solid #e0b84c; }"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("duplicateCandidates"));
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 6);
    m_list->installEventFilter(this);
    m_open->setObjectName(QStringLiteral("openExisting"));
    m_open->setToolTip(tr("Open the chosen existing object instead (Enter in the list)"));
    m_saveAnyway->setObjectName(QStringLiteral("saveAnyway"));
    m_saveAnyway->setToolTip(tr("This is a different one: save it as it is"));
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem())
            Q_EMIT openRequested(m_kind, item->data(IdRole).toLongLong());
    });
    connect(m_saveAnyway, &QPushButton::clicked, this, [this] {
        m_accepted = true;
        hide();
        Q_EMIT saveAnywayRequested();
    });
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_saveAnyway);
    buttons->addStretch(1);
    auto *body = new QVBoxLayout;
    body->addWidget(m_title);
    body->addWidget(m_list);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(body, 1);
    layout->addLayout(buttons);
    hide();
}

void DuplicateWarning::watch(FieldEditor *editor)
{
    if (!editor)
        return;
    for (QWidget *w : editor->findChildren<QWidget *>()) {
        w->installEventFilter(this);
        m_watched.insert(w, editor);
    }
}

bool DuplicateWarning::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut && m_watched.contains(watched))
        // After the focus has settled: leaving into the editor's own button is no leaving.
        QTimer::singleShot(0, this, &DuplicateWarning::checkNow);
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
            m_open->click();
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void DuplicateWarning::checkNow()
{
    if (values && given(values()) != m_lastAsked)
        check(values(), objectId ? objectId() : 0);
}

QCborMap DuplicateWarning::given(const QCborMap &all) const
{
    QCborMap out;
    QCborMap references; // context for the server (a counterparty's partner), not worth a question alone
    for (const QString &f : std::as_const(m_fields)) {
        const QCborValue v = all.value(f);
        if (v.isString() && !v.toString().trimmed().isEmpty())
            out.insert(f, v.toString().trimmed());
        else if (v.isInteger())
            references.insert(f, v);
    }
    if (!out.isEmpty())
        for (auto it = references.cbegin(); it != references.cend(); ++it)
            out.insert(it.key(), it.value());
    return out;
}

void DuplicateWarning::check(const QCborMap &all, qint64 id, std::function<void(bool)> done)
{
    const QCborMap asked = given(all);
    if (asked != m_lastAsked)
        m_accepted = false; // new values: what the user accepted was about the old ones
    m_lastAsked = asked;
    // A save waits for the answer to the newest question, whichever asked it.
    if (done)
        m_pendingDone = std::move(done);
    const quint64 request = ++m_request;
    if (asked.isEmpty()) {
        showCandidates({});
        finish(true);
        return;
    }
    QCborMap params;
    params.insert(QStringLiteral("kind"), m_kind);
    params.insert(QStringLiteral("values"), asked);
    if (id != 0)
        params.insert(QStringLiteral("id"), id);
    m_session->call(m_method, params, this, [this, request](const Reply &r) {
        if (request != m_request)
            return;
        const QCborArray candidates = r.ok ? r.result.toMap().value(QStringLiteral("candidates")).toArray() : QCborArray();
        showCandidates(candidates);
        Q_EMIT checked(candidates.isEmpty());
        finish(candidates.isEmpty() || m_accepted);
    });
}

void DuplicateWarning::finish(bool clear)
{
    if (!m_pendingDone)
        return;
    const auto done = std::move(m_pendingDone);
    m_pendingDone = nullptr;
    done(clear);
}

void DuplicateWarning::showCandidates(const QCborArray &candidates)
{
    m_candidates = candidates;
    m_list->clear();
    for (const QCborValue &v : candidates) {
        const QCborMap c = v.toMap();
        QStringList reasons;
        // Reasons name the fields that match; a name is similar rather than the same.
        for (const QCborValue &r : c.value(QStringLiteral("reasons")).toArray()) {
            const FieldInfo *f = m_info.field(r.toString());
            const QString title = f ? f->title : r.toString();
            reasons.append(r.toString() == QLatin1String("name") ? tr("a similar name") : tr("the same %1").arg(title));
        }
        const QString code = c.value(QStringLiteral("code")).toString();
        auto *item = new QListWidgetItem(
            tr("%1 %2 — %3", "code, name, why it may be the same").arg(code, c.value(QStringLiteral("name")).toString(), reasons.join(QStringLiteral(", "))),
            m_list);
        item->setData(IdRole, c.value(QStringLiteral("id")).toInteger());
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_title->setText(tr("This may already be recorded: %n similar found. Open the existing one, or save this one anyway.",
                        nullptr, int(candidates.size())));
    setVisible(!candidates.isEmpty() && !m_accepted);
}

} // namespace erp::app
