#include "enumeditor.h"

#include "core/clientsession.h"

#include <QComboBox>
#include <QHBoxLayout>

namespace erp::app {

EnumEditor::EnumEditor(const FieldInfo &field, ClientSession *session, QWidget *parent)
    : FieldEditor(field, parent), m_combo(new QComboBox(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo);
    setFocusProxy(m_combo);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // Any change that fill() did not make is the user's (mouse, arrow keys, typing a letter).
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_filling)
            return;
        m_value = m_combo->itemData(index).toString();
        Q_EMIT edited();
    });
    fill();
    if (session)
        session->enumeration(field.target, this, [this](const EnumInfo &info) { setEnumInfo(info); });
}

void EnumEditor::setEnumInfo(const EnumInfo &info)
{
    m_info = info;
    fill();
}

void EnumEditor::fill()
{
    m_filling = true;
    m_combo->clear();
    if (!field().required || m_value.isEmpty())
        m_combo->addItem(QString(), QString());
    for (const auto &[name, title] : std::as_const(m_info.values))
        m_combo->addItem(title.isEmpty() ? name : title, name);
    int index = m_combo->findData(m_value);
    if (index < 0) {
        // A value this client does not know (newer metadata) stays visible and unchanged.
        m_combo->addItem(m_value, m_value);
        index = m_combo->count() - 1;
    }
    m_combo->setCurrentIndex(index);
    m_filling = false;
}

QCborValue EnumEditor::value() const
{
    return m_value.isEmpty() ? QCborValue(QCborValue::Null) : QCborValue(m_value);
}

void EnumEditor::setValue(const QCborValue &value, const QString &)
{
    m_value = value.isString() ? value.toString() : QString();
    fill();
}

void EnumEditor::setReadOnly(bool readOnly)
{
    m_combo->setEnabled(!readOnly);
}

} // namespace erp::app
