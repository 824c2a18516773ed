package org.ebox.message.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The person within the enterprise a message is meant for (the contract's forTheAttentionOf). */
@Embeddable
public class AttentionOf {

    @Column(name = "attention_of_id", length = 20)
    private String id;

    @Column(name = "attention_of_type", length = 30)
    private String type;

    @Column(name = "attention_of_name")
    private String name;

    protected AttentionOf() {}

    public AttentionOf(String id, String type, String name) {
        this.id = id;
        this.type = type;
        this.name = name;
    }

    public String getId() {
        return id;
    }

    public String getType() {
        return type;
    }

    public String getName() {
        return name;
    }
}
