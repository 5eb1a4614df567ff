// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreatedAccountsPane.h"

#include "CredentialsPanel.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace registrar::widgets {

CreatedAccountsPane::CreatedAccountsPane(QWidget *parent)
    : QWidget(parent)
    , m_placeholder(new QLabel(
              tr("The new account's credentials appear here after a registration."), this))
    , m_listLabel(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_cards(new QStackedWidget(this))
{
    m_placeholder->setObjectName(QStringLiteral("placeholderLabel"));
    m_placeholder->setWordWrap(true);
    m_listLabel->setObjectName(QStringLiteral("accountListLabel"));
    m_listLabel->setBuddy(m_list);
    m_list->setObjectName(QStringLiteral("accountList"));
    m_list->setAccessibleName(tr("Accounts created since the app started"));
    m_cards->setObjectName(QStringLiteral("accountCards"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_listLabel);
    layout->addWidget(m_list);
    layout->addWidget(m_cards, 1);
    layout->addStretch();
    m_listLabel->hide();
    m_list->hide();

    connect(m_list, &QListWidget::currentRowChanged, m_cards, &QStackedWidget::setCurrentIndex);
}

void CreatedAccountsPane::addCard(CredentialsPanel *card)
{
    // Newest first in the list, in step with the stack.
    m_cards->insertWidget(0, card);
    auto *item = new QListWidgetItem;
    m_list->insertItem(0, item);
    updateItem(item, card);
    connect(card, &CredentialsPanel::sessionStateChanged, this,
            [this, item, card] { updateItem(item, card); });
    m_list->setCurrentRow(0);
    m_cards->setCurrentIndex(0);

    m_placeholder->hide();
    m_listLabel->setText(tr("Created since the app started (%n):", nullptr, count()));
    m_listLabel->show();
    m_list->show();
    // Room for three accounts from the first on, so that the card does not move down as more
    // come; more scroll.
    m_list->setFixedHeight(m_list->sizeHintForRow(0) * 3 + 2 * m_list->frameWidth());
}

void CreatedAccountsPane::updateItem(QListWidgetItem *item, const CredentialsPanel *card)
{
    const QString time = QLocale().toString(card->createdAt().time(), QLocale::ShortFormat);
    item->setText(card->sessionEnded()
                    ? tr("%1 \u00b7 %2 \u00b7 logged out").arg(card->userId(), time)
                    : tr("%1 \u00b7 %2").arg(card->userId(), time));
}

int CreatedAccountsPane::count() const
{
    return m_cards->count();
}

CredentialsPanel *CreatedAccountsPane::currentCard() const
{
    return qobject_cast<CredentialsPanel *>(m_cards->currentWidget());
}

CredentialsPanel *CreatedAccountsPane::card(int index) const
{
    return qobject_cast<CredentialsPanel *>(m_cards->widget(index));
}

QStringList CreatedAccountsPane::usersWithSecretsNotHandedOver() const
{
    QStringList users;
    for (int index = count() - 1; index >= 0; --index) {
        if (card(index)->holdsSecretNotHandedOver()) {
            users.append(card(index)->userId());
        }
    }
    return users;
}

} // namespace registrar::widgets
