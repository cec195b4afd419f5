package vn.giaoban.common;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * JSON is read as written: a number where text is expected (or text where a number is), a blank string for a number,
 * or a date given as a number of seconds are client errors, not something to guess at. Unknown fields and trailing
 * content are refused by the settings in application.yml.
 */
@Configuration(proxyBeanMethods = false)
class JsonStrictness {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictScalars() {
        return builder -> builder
                .featuresToDisable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .deserializerByType(OffsetDateTime.class, new IsoOnly<>(OffsetDateTime.class, OffsetDateTime::parse))
                .deserializerByType(LocalDate.class, new IsoOnly<>(LocalDate.class, LocalDate::parse))
                .postConfigurer(mapper -> {
                    for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer,
                            CoercionInputShape.Float, CoercionInputShape.Boolean}) {
                        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
                    }
                    mapper.coercionConfigFor(LogicalType.Enum)
                            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
                    for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float,
                            LogicalType.Boolean, LogicalType.Enum, LogicalType.DateTime}) {
                        mapper.coercionConfigFor(type)
                                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                                .setAcceptBlankAsEmpty(false);
                    }
                });
    }

    /** Dates and times only as ISO-8601 strings ({@code 2026-10-05T07:30:00+07:00}, {@code 2026-12-31}). */
    private static final class IsoOnly<T> extends JsonDeserializer<T> {

        private final Class<T> type;
        private final java.util.function.Function<String, T> parse;

        IsoOnly(Class<T> type, java.util.function.Function<String, T> parse) {
            this.type = type;
            this.parse = parse;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext context) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return type.cast(context.handleUnexpectedToken(type, p));
            }
            String text = p.getText();
            try {
                return parse.apply(text);
            } catch (DateTimeParseException e) {
                return type.cast(context.handleWeirdStringValue(type, text, "not an ISO-8601 value"));
            }
        }
    }
}
