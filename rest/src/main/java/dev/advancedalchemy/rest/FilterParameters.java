package dev.advancedalchemy.rest;

import dev.advancedalchemy.exceptions.InvalidFilterException;
import dev.advancedalchemy.filter.BeforeAfter;
import dev.advancedalchemy.filter.BooleanFilter;
import dev.advancedalchemy.filter.CollectionFilter;
import dev.advancedalchemy.filter.Filter;
import dev.advancedalchemy.filter.Filters;
import dev.advancedalchemy.filter.LimitOffset;
import dev.advancedalchemy.filter.NotInCollectionFilter;
import dev.advancedalchemy.filter.OrderBy;
import dev.advancedalchemy.filter.SearchFilter;
import dev.advancedalchemy.filter.SortOrder;
import dev.advancedalchemy.rest.internal.QueryValues;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The filter, sort and page parameters one REST resource accepts in its query string, with the wire names of Python
 * Advanced Alchemy's Litestar and FastAPI providers. Build it once per resource and parse each request with it:
 *
 * <pre>{@code
 * static final FilterParameters AUTHOR_FILTERS = FilterParameters.builder()
 *         .sortable("name", "createdAt").defaultSort("createdAt", SortOrder.DESC)
 *         .searchable("name")
 *         .pageSize(20, 100)
 *         .ids(UUID.class)
 *         .createdAt()
 *         .build();
 *
 * @GET
 * public OffsetPagination<AuthorDto> list(@Context UriInfo uri) {
 *     List<Filter> filters = AUTHOR_FILTERS.parse(uri);
 *     return authors.toSchema(authors.listAndCount(filters), filters, AuthorDto.class);
 * }
 * }</pre>
 *
 * <h2>Parameters</h2>
 *
 * <table>
 *   <caption>query parameters and the filters they produce</caption>
 *   <tr><th>parameter</th><th>enabled by</th><th>filter</th></tr>
 *   <tr><td>{@code currentPage} (≥ 1, default 1), {@code pageSize} (≥ 1, default 20)</td><td>always</td>
 *       <td>{@link LimitOffset}; a {@code pageSize} above the maximum is capped to it</td></tr>
 *   <tr><td>{@code orderBy}, {@code sortOrder} ({@code asc}/{@code desc}, default {@code desc})</td>
 *       <td>{@link FilterParametersBuilder#sortable}</td><td>{@link OrderBy}; without {@code orderBy} the default sort, if any</td></tr>
 *   <tr><td>{@code searchString}, {@code searchIgnoreCase}</td><td>{@link FilterParametersBuilder#searchable}</td>
 *       <td>{@link SearchFilter} over all searchable fields; a blank search applies no filter</td></tr>
 *   <tr><td>{@code ids} (repeated)</td><td>{@link FilterParametersBuilder#ids}</td><td>{@link CollectionFilter} on the id</td></tr>
 *   <tr><td>{@code createdBefore}/{@code createdAfter}, {@code updatedBefore}/{@code updatedAfter}</td>
 *       <td>{@link FilterParametersBuilder#createdAt}, {@link FilterParametersBuilder#updatedAt}</td><td>{@link BeforeAfter} (exclusive)</td></tr>
 *   <tr><td>{@code <field>In}, {@code <field>NotIn} (repeated)</td><td>{@link FilterParametersBuilder#in}, {@link FilterParametersBuilder#notIn}</td>
 *       <td>{@link CollectionFilter}, {@link NotInCollectionFilter}</td></tr>
 *   <tr><td>{@code <field>} ({@code true}/{@code false})</td><td>{@link FilterParametersBuilder#booleanField}</td>
 *       <td>{@link BooleanFilter}</td></tr>
 *   <tr><td>{@code <field>} (one of the choices)</td><td>{@link FilterParametersBuilder#choice}</td><td>{@code Filters.eq}</td></tr>
 * </table>
 *
 * <h2>Rules</h2>
 *
 * <ul>
 *   <li>Only fields on the allow-lists can be sorted or searched (Python accepts any attribute); the lists are
 *       checked against the entity by the repository when the query runs.
 *   <li>Date-times are ISO-8601 ({@code 2024-01-31T12:00:00Z}); without an offset they mean UTC, and a bare date
 *       means its start in UTC.
 *   <li>Query parameters this spec does not declare are ignored, so a resource may read its own.
 *   <li>A bad value is an {@link InvalidFilterException} (a 400 with {@link AlchemyExceptionMapper}) whose message
 *       names the parameter and what it must be, without echoing the value.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class FilterParameters {
    /** Wire name of the 1-based page number. */
    public static final String CURRENT_PAGE = "currentPage";
    /** Wire name of the page size. */
    public static final String PAGE_SIZE = "pageSize";
    /** Wire name of the sort field. */
    public static final String ORDER_BY = "orderBy";
    /** Wire name of the sort direction. */
    public static final String SORT_ORDER = "sortOrder";
    /** Wire name of the search text. */
    public static final String SEARCH_STRING = "searchString";
    /** Wire name of the search's case switch. */
    public static final String SEARCH_IGNORE_CASE = "searchIgnoreCase";
    /** Wire name of the id list. */
    public static final String IDS = "ids";

    private final FilterSpec spec;

    FilterParameters(FilterSpec spec) {
        this.spec = spec;
    }

    /** Starts a spec with paging only: page size 20, at most 100. */
    public static FilterParametersBuilder builder() {
        return new FilterParametersBuilder();
    }

    /**
     * The filters that the request's query parameters ask for.
     *
     * @throws InvalidFilterException if a parameter's value is malformed, out of range or not allowed
     */
    public List<Filter> parse(UriInfo uriInfo) {
        return parse(uriInfo.getQueryParameters());
    }

    /**
     * The filters that the decoded query parameters ask for (a {@code jakarta.ws.rs.core.MultivaluedMap} or any map
     * of parameter name to values).
     *
     * @throws InvalidFilterException if a parameter's value is malformed, out of range or not allowed
     */
    public List<Filter> parse(Map<String, ? extends List<String>> query) {
        QueryValues values = new QueryValues(query);
        List<Filter> filters = new ArrayList<>();
        if (spec.idField() != null) {
            List<Object> ids = values.all(IDS, spec.idType());
            if (!ids.isEmpty()) {
                filters.add(new CollectionFilter<>(spec.idField(), ids));
            }
        }
        addRange(filters, values, spec.createdField(), "created");
        addRange(filters, values, spec.updatedField(), "updated");
        addSearch(filters, values);
        spec.inFields().forEach((field, type) -> {
            List<Object> in = values.all(field + "In", type);
            if (!in.isEmpty()) {
                filters.add(new CollectionFilter<>(field, in));
            }
        });
        spec.notInFields().forEach((field, type) -> {
            List<Object> notIn = values.all(field + "NotIn", type);
            if (!notIn.isEmpty()) {
                filters.add(new NotInCollectionFilter<>(field, notIn));
            }
        });
        for (String field : spec.booleanFields()) {
            if (values.single(field) != null) {
                filters.add(new BooleanFilter(field, values.bool(field, false)));
            }
        }
        spec.choiceFields().forEach((field, choices) -> {
            String choice = values.single(field);
            if (choice != null) {
                if (!choices.contains(choice)) {
                    throw new InvalidFilterException("Query parameter '" + field + "' must be one of " + choices);
                }
                filters.add(Filters.eq(field, choice));
            }
        });
        addOrderBy(filters, values);
        int page = values.positiveInt(CURRENT_PAGE, 1);
        int size = Math.min(values.positiveInt(PAGE_SIZE, spec.defaultPageSize()), spec.maxPageSize());
        long offset = (long) (page - 1) * size;
        if (offset > Integer.MAX_VALUE) {
            throw new InvalidFilterException("Query parameter '" + CURRENT_PAGE + "' is beyond the last possible page");
        }
        filters.add(new LimitOffset(size, (int) offset));
        return List.copyOf(filters);
    }

    private static void addRange(List<Filter> filters, QueryValues values, @Nullable String field, String prefix) {
        if (field == null) {
            return;
        }
        Instant before = values.instant(prefix + "Before");
        Instant after = values.instant(prefix + "After");
        if (before != null || after != null) {
            filters.add(new BeforeAfter(field, before, after));
        }
    }

    private void addSearch(List<Filter> filters, QueryValues values) {
        if (spec.searchable().isEmpty()) {
            return;
        }
        String text = values.single(SEARCH_STRING);
        boolean ignoreCase = values.bool(SEARCH_IGNORE_CASE, spec.searchIgnoreCase());
        if (text != null) {
            filters.add(new SearchFilter(spec.searchable(), text, ignoreCase));
        }
    }

    private void addOrderBy(List<Filter> filters, QueryValues values) {
        if (spec.sortable().isEmpty()) {
            return;
        }
        String field = values.single(ORDER_BY);
        String order = values.single(SORT_ORDER);
        SortOrder direction = spec.defaultSortOrder();
        if (order != null) {
            try {
                direction = SortOrder.of(order);
            } catch (InvalidFilterException e) {
                throw new InvalidFilterException("Query parameter '" + SORT_ORDER + "' must be 'asc' or 'desc'");
            }
        }
        if (field == null) {
            field = spec.defaultSort();
            if (field == null) {
                if (order != null) {
                    throw new InvalidFilterException(
                            "Query parameter '" + SORT_ORDER + "' needs '" + ORDER_BY + "', one of " + spec.sortable());
                }
                return;
            }
        } else if (!spec.sortable().contains(field)) {
            throw new InvalidFilterException("Query parameter '" + ORDER_BY + "' must be one of " + spec.sortable());
        }
        filters.add(new OrderBy(field, direction));
    }

    /** The sortable fields, in declaration order. */
    public List<String> sortable() {
        return spec.sortable();
    }

    /** The searchable fields, in declaration order. */
    public List<String> searchable() {
        return spec.searchable();
    }

    /** The page size used when {@code pageSize} is absent. */
    public int defaultPageSize() {
        return spec.defaultPageSize();
    }

    /** The largest page size; larger requests are capped to it. */
    public int maxPageSize() {
        return spec.maxPageSize();
    }
}
